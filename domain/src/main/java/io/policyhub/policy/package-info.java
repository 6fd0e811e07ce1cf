@NullMarked
package io.policyhub.policy;

import org.jspecify.annotations.NullMarked;
