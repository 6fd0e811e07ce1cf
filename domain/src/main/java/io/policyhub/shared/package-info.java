@NullMarked
package io.policyhub.shared;

import org.jspecify.annotations.NullMarked;
