@NullMarked
package io.policyhub.policy.api;

import org.jspecify.annotations.NullMarked;
