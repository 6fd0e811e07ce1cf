@NullMarked
package io.policyhub.acknowledgement.persistence;

import org.jspecify.annotations.NullMarked;
