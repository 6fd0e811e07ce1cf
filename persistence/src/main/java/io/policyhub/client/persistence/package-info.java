@NullMarked
package io.policyhub.client.persistence;

import org.jspecify.annotations.NullMarked;
