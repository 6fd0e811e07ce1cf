@NullMarked
package io.policyhub.acknowledgement;

import org.jspecify.annotations.NullMarked;
