/**
 * The staff admin pages' shared foundation: OIDC sign-in, roles, the practice a session works in, the layout's
 * model, error pages and the security headers. Feature pages live in {@code io.policyhub.<feature>.admin}.
 */
@NullMarked
package io.policyhub.admin;

import org.jspecify.annotations.NullMarked;
