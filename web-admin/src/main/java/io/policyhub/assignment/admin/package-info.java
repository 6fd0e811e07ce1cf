/**
 * Admin pages for assigning policies: picking clients, seeing where each stands, resending or revoking their
 * links, and recording an acknowledgement given in person.
 */
@NullMarked
package io.policyhub.assignment.admin;

import org.jspecify.annotations.NullMarked;
