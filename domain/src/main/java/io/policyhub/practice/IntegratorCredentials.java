package io.policyhub.practice;

/**
 * What an integrator needs to get access tokens with the client-credentials grant. The secret is shown once
 * and never stored by Policyhub.
 */
public record IntegratorCredentials(String clientId, String clientSecret, String tokenEndpoint) {

    @Override
    public String toString() {
        return "IntegratorCredentials[clientId=" + clientId + ", tokenEndpoint=" + tokenEndpoint + "]";
    }
}
