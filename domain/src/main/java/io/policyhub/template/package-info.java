@NullMarked
package io.policyhub.template;

import org.jspecify.annotations.NullMarked;
