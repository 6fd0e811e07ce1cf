/** Admin pages for policies: the list, the editor, publishing, versions and diffs, templates and upgrades. */
@NullMarked
package io.policyhub.policy.admin;

import org.jspecify.annotations.NullMarked;
