package io.policyhub.practice;

/**
 * A change to who may act for a practice. The people and integrations live in the identity provider, where the
 * database's audit triggers cannot see them, so each change is written to the practice's audit trail by
 * {@link AccessHistory} instead.
 */
public sealed interface AccessChange permits StaffInvited, StaffRoleChanged, StaffRemoved, IntegrationCreated {}
