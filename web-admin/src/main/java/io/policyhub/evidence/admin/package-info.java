/** Admin downloads of the evidence that stands on its own: signed receipts and evidence bundles. */
@NullMarked
package io.policyhub.evidence.admin;

import org.jspecify.annotations.NullMarked;
