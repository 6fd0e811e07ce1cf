package io.policyhub.practice;

/**
 * An integrator client was created for a practice (its secret is never recorded).
 *
 * @param clientId what the integration authenticates as
 * @param name what the practice calls it
 */
public record IntegrationCreated(String clientId, String name) implements AccessChange {}
