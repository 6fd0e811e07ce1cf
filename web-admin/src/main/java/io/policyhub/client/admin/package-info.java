/** Admin pages about the practice's clients: the list, adding and changing them, CSV import and erasure. */
@NullMarked
package io.policyhub.client.admin;

import org.jspecify.annotations.NullMarked;
