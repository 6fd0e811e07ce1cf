package io.policyhub.local;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * An OIDC issuer for the local run and the tests (mock-oauth2-server, in-process, loopback only). Its
 * issuer is {@code http://localhost:<port>/policyhub}, its token endpoint that plus {@code /token}. Services get
 * tokens by the client-credentials grant; staff sign in to the admin pages by the authorization-code grant on
 * a page that lists the registered staff identities.
 */
public final class DevelopmentIssuer implements AutoCloseable {

    public static final String ISSUER_ID = "policyhub";
    public static final String AUDIENCE = "policyhub-api";

    private final MockOAuth2Server server;
    private final DevelopmentIdentities identities;
    private final int port;

    private DevelopmentIssuer(MockOAuth2Server server, DevelopmentIdentities identities, int port) {
        this.server = server;
        this.identities = identities;
        this.port = port;
    }

    /** Starts on {@code port} (0: any free port) with the demo identities registered. */
    public static DevelopmentIssuer start(int port, long tokenLifetimeSeconds) {
        var identities = new DevelopmentIdentities(ISSUER_ID, AUDIENCE, tokenLifetimeSeconds);
        DevelopmentIdentity.demo().forEach(identities::register);
        var config = new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(), Set.of(identities));
        var server = new MockOAuth2Server(config, new DevelopmentSignIn(identities));
        server.start(InetAddress.getLoopbackAddress(), port);
        return new DevelopmentIssuer(server, identities, server.baseUrl().port());
    }

    /** Registers the identity, or replaces the one with its client id (its roles or practices changed). */
    public void register(DevelopmentIdentity identity) {
        identities.register(identity);
    }

    /** Registers an invited person's identity, pending until they first sign in or fetch a token. */
    public void registerInvited(DevelopmentIdentity identity) {
        identities.registerInvited(identity);
    }

    public List<DevelopmentIdentity> identities() {
        return identities.all();
    }

    public Optional<DevelopmentIdentity> identity(String clientId) {
        return identities.find(clientId);
    }

    /** Whether this identity was invited and has neither signed in nor fetched a token since. */
    public boolean pending(String clientId) {
        return identities.invitedAndNotYetSignedIn(clientId);
    }

    /** Lets the next token request use these claims instead (for tokens no registered identity would get). */
    public void enqueue(OAuth2TokenCallback callback) {
        server.enqueueCallback(callback);
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/" + ISSUER_ID;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/token";
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
