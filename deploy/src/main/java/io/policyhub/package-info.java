@NullMarked
package io.policyhub;

import org.jspecify.annotations.NullMarked;
