@NullMarked
package io.policyhub.audit.persistence;

import org.jspecify.annotations.NullMarked;
