/** Admin pages about the audit trail: the paged, filterable log and the verification of its hash chain. */
@NullMarked
package io.policyhub.audit.admin;

import org.jspecify.annotations.NullMarked;
