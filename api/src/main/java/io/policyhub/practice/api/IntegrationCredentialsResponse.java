package io.policyhub.practice.api;

import io.policyhub.practice.IntegratorCredentials;

/** Client-credentials for the new integration: the secret appears here once and is never shown again. */
record IntegrationCredentialsResponse(String clientId, String clientSecret, String tokenEndpoint) {

    static IntegrationCredentialsResponse of(IntegratorCredentials credentials) {
        return new IntegrationCredentialsResponse(
                credentials.clientId(), credentials.clientSecret(), credentials.tokenEndpoint());
    }
}
