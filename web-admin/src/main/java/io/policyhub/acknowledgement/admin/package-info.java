/** Admin pages about acknowledgements: the compliance dashboard. */
@NullMarked
package io.policyhub.acknowledgement.admin;

import org.jspecify.annotations.NullMarked;
