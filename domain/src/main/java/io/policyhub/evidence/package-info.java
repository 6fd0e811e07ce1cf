/**
 * Evidence of acknowledgements that stands on its own: receipts signed with a per-practice key (whose public
 * half anyone may fetch), their verification against what is stored, and bundles of everything a practice
 * needs to prove who agreed to what.
 */
@NullMarked
package io.policyhub.evidence;

import org.jspecify.annotations.NullMarked;
