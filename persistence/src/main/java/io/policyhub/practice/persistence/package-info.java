@NullMarked
package io.policyhub.practice.persistence;

import org.jspecify.annotations.NullMarked;
