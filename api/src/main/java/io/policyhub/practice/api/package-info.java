@NullMarked
package io.policyhub.practice.api;

import org.jspecify.annotations.NullMarked;
