@NullMarked
package io.policyhub.assignment.api;

import org.jspecify.annotations.NullMarked;
