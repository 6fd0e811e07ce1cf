@NullMarked
package io.policyhub.audit.api;

import org.jspecify.annotations.NullMarked;
