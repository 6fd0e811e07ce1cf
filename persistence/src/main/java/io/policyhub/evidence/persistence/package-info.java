@NullMarked
package io.policyhub.evidence.persistence;

import org.jspecify.annotations.NullMarked;
