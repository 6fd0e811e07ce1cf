package io.policyhub.support;

import java.net.http.HttpHeaders;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One answer of the admin pages (or of the issuer during sign-in): status, address, body and headers. */
public record AdminPage(int status, String url, String body, HttpHeaders headers) {

    public Document html() {
        return AdminSession.parse(body, url);
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400;
    }

    public String location() {
        return header("Location").orElseThrow(() -> new AssertionError("not a redirect: " + status + " " + url));
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The CSRF token of the page's first form, if it has one. */
    Optional<String> csrfToken() {
        if (!body.contains("_csrf")) {
            return Optional.empty();
        }
        Element token = html().selectFirst("input[name=_csrf]");
        return token == null ? Optional.empty() : Optional.of(token.val());
    }
}
