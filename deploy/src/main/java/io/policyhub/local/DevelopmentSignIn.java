package io.policyhub.local;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development issuer's sign-in page for the authorization-code flow: one button per registered staff
 * identity, each carrying that identity's Keycloak-shaped claims. The issuer's own sign-in handler then issues
 * the code; this route only answers the page, and refuses a sign-in whose claims are not exactly those of a
 * registered staff member, so the browser cannot grant itself roles or practices.
 */
final class DevelopmentSignIn implements Route {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTHORIZE = "/authorize";

    private final DevelopmentIdentities identities;

    DevelopmentSignIn(DevelopmentIdentities identities) {
        this.identities = identities;
    }

    static String claimsOf(DevelopmentIdentity identity) {
        return JSON.writeValueAsString(identity.loginClaims());
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        if (!request.getUrl().encodedPath().endsWith(AUTHORIZE)) {
            return false;
        }
        return switch (request.getMethod()) {
            case "GET" -> true;
            // A genuine sign-in falls through to the issuer's own handler, which issues the code.
            case "POST" -> !genuine(request);
            default -> false;
        };
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        if (request.getMethod().equals("GET")) {
            return page(200, "");
        }
        return page(400, "<p class=\"error\">That sign-in was refused: choose one of the people below.</p>");
    }

    private boolean genuine(OAuth2HttpRequest request) {
        @Nullable String username = request.getFormParameters().get("username");
        @Nullable String claims = request.getFormParameters().get("claims");
        if (username == null) {
            return false;
        }
        Optional<DevelopmentIdentity> member =
                identities.staffMember(username).filter(identity -> Objects.equals(claimsOf(identity), claims));
        // Signing in is what accepting an invitation amounts to here: it is no longer pending.
        member.ifPresent(identities::signedIn);
        return member.isPresent();
    }

    private OAuth2HttpResponse page(int status, String notice) {
        var buttons = new StringBuilder();
        for (DevelopmentIdentity identity : identities.staff()) {
            buttons.append("<li><form method=\"post\" data-username=\"")
                    .append(escape(identity.username()))
                    .append("\"><input type=\"hidden\" name=\"username\" value=\"")
                    .append(escape(identity.username()))
                    .append("\"><input type=\"hidden\" name=\"claims\" value=\"")
                    .append(escape(claimsOf(identity)))
                    .append("\"><button type=\"submit\">")
                    .append(escape(identity.username()))
                    .append("</button> <span>")
                    .append(escape(String.join(", ", identity.roles())))
                    .append(" of ")
                    .append(escape(String.join(", ", identity.organizations())))
                    .append("</span></form></li>");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="UTF-8"><title>Sign in (development issuer)</title></head>
                <body><main><h1>Sign in to Policyhub</h1>
                <p>This is the local development issuer: choose whom to sign in as. In production, Keycloak asks
                for a password instead.</p>%s<ul>%s</ul></main></body></html>
                """.formatted(notice, buttons);
        return new OAuth2HttpResponse(
                Headers.of(Map.of("Content-Type", "text/html;charset=UTF-8")), status, html, null);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
