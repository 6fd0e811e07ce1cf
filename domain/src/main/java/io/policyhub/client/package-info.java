@NullMarked
package io.policyhub.client;

import org.jspecify.annotations.NullMarked;
