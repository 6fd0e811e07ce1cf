/**
 * The embedded stand-ins of the local run (profile {@code local}): PostgreSQL from Maven Central binaries and a
 * development OIDC issuer. Never active in production.
 */
@NullMarked
package io.policyhub.local;

import org.jspecify.annotations.NullMarked;
