@NullMarked
package io.policyhub.practice;

import org.jspecify.annotations.NullMarked;
