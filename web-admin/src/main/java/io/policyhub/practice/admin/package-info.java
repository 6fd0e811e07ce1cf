/** Admin pages about the practice itself: its settings. */
@NullMarked
package io.policyhub.practice.admin;

import org.jspecify.annotations.NullMarked;
