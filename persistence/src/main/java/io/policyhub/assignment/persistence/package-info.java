@NullMarked
package io.policyhub.assignment.persistence;

import org.jspecify.annotations.NullMarked;
