@NullMarked
package io.policyhub.template.api;

import org.jspecify.annotations.NullMarked;
