@NullMarked
package io.policyhub.acknowledgement.portal;

import org.jspecify.annotations.NullMarked;
