/**
 * Provisioning in Keycloak through its admin REST API: organizations for practices, staff accounts with their
 * realm role, and integrator clients bound to one organization. Active when the admin client's credentials are
 * configured ({@code POLICYHUB_KEYCLOAK_ADMIN_CLIENT_ID}, {@code POLICYHUB_KEYCLOAK_ADMIN_CLIENT_SECRET}).
 */
@NullMarked
package io.policyhub.identity.keycloak;

import org.jspecify.annotations.NullMarked;
