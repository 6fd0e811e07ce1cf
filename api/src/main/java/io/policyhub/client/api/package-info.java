@NullMarked
package io.policyhub.client.api;

import org.jspecify.annotations.NullMarked;
