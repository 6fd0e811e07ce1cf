@NullMarked
package io.policyhub.audit;

import org.jspecify.annotations.NullMarked;
