@NullMarked
package io.policyhub.assignment;

import org.jspecify.annotations.NullMarked;
