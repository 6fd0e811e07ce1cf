@NullMarked
package io.policyhub.api;

import org.jspecify.annotations.NullMarked;
