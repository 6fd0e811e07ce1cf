@NullMarked
package io.policyhub.evidence.api;

import org.jspecify.annotations.NullMarked;
