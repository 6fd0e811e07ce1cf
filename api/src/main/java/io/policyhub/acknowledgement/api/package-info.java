@NullMarked
package io.policyhub.acknowledgement.api;

import org.jspecify.annotations.NullMarked;
