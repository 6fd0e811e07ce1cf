@NullMarked
package io.policyhub.policy.persistence;

import org.jspecify.annotations.NullMarked;
