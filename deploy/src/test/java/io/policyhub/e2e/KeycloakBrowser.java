package io.policyhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * Goes through Keycloak's own pages over HTTP the way a browser without JavaScript would: its login form (the
 * admin UI's authorization code flow with PKCE) and the pages behind the links Keycloak e-mails. Cookies are
 * kept per instance, like one browser profile, and sent back as a browser does on loopback, where Keycloak marks
 * them {@code Secure} (java.net's cookie manager would withhold those over plain HTTP).
 */
final class KeycloakBrowser {

    /** The admin UI's registered callback; the code is read from the redirect, the application never sees it. */
    static final String REDIRECT_URI = ApplicationAddress.signInCallback();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakServer keycloak;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    KeycloakBrowser(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** Signs in on the login page and returns the access token the admin UI gets for that person. */
    String signIn(String username, String password) {
        String verifier = randomText();
        Page page = get(URI.create(authorizationUrl(challengeOf(verifier))));
        Map<String, String> answers = Map.of("username", username, "password", password);
        // Organizations make the login identity-first: the username on one page, the password on the next.
        for (int step = 0; step < 4 && !page.redirectsTo(REDIRECT_URI); step++) {
            page = submit(page, answers);
        }
        assertThat(page.location())
                .as("sign-in of %s ended on:%n%s", username, page.text())
                .startsWith(REDIRECT_URI);
        return exchange(queryParameter(page.location(), "code"), verifier);
    }

    /** What Keycloak answers to an authorization request of the admin UI that has no PKCE challenge. */
    String authorizationWithoutPkce() {
        String url = keycloak.issuer() + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id", KeycloakServer.ADMIN_UI,
                        "response_type", "code",
                        "scope", "openid",
                        "redirect_uri", REDIRECT_URI,
                        "state", "no-pkce"));
        return get(URI.create(url)).location();
    }

    /**
     * Follows the link of Keycloak's invitation e-mail, chooses the password it asks for and, as the invited
     * person does on first sign-in, gives the name Keycloak's user profile requires.
     */
    void acceptInvitation(String emailedLink, String password, String firstName, String lastName) {
        Map<String, String> answers = Map.of(
                "password-new", password,
                "password-confirm", password,
                "firstName", firstName,
                "lastName", lastName);
        Page page = get(URI.create(emailedLink));
        for (int step = 0; step < 5 && !page.text().contains("Your account has been updated"); step++) {
            if (page.document().selectFirst("form[method=post]") != null) {
                page = submit(page, answers);
            } else {
                Element proceed = page.document().selectFirst("a[href*=login-actions]");
                assertThat(proceed).as("a way on from:%n%s", page.text()).isNotNull();
                page = get(URI.create(proceed.absUrl("href")));
            }
        }
        assertThat(page.text()).as("the page after accepting").contains("Your account has been updated");
    }

    private String authorizationUrl(String challenge) {
        return keycloak.issuer() + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id",
                        KeycloakServer.ADMIN_UI,
                        "response_type",
                        "code",
                        "scope",
                        "openid",
                        "redirect_uri",
                        REDIRECT_URI,
                        "state",
                        randomText(),
                        "code_challenge",
                        challenge,
                        "code_challenge_method",
                        "S256"));
    }

    private String exchange(String code, String verifier) {
        String credentials = Base64.getEncoder()
                .encodeToString(
                        (KeycloakServer.ADMIN_UI + ":" + keycloak.adminUiSecret()).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT_URI,
                        "code_verifier", verifier))))
                .build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** Fills the form's fields it has answers for, keeps its hidden fields, and follows Keycloak's redirects. */
    private Page submit(Page page, Map<String, String> answers) {
        Element form = page.document().selectFirst("form[method=post]");
        assertThat(form).as("a form on:%n%s", page.text()).isNotNull();
        var fields = new LinkedHashMap<String, String>();
        for (Element input : form.select("input[name]")) {
            String name = input.attr("name");
            fields.put(name, answers.getOrDefault(name, input.attr("value")));
        }
        var request = HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build();
        return follow(send(request));
    }

    private Page get(URI uri) {
        return follow(send(HttpRequest.newBuilder(uri).GET().build()));
    }

    /** Follows redirects within Keycloak; stops at one that leaves it (to the application's callback). */
    private Page follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5; hops++) {
            Optional<String> location = current.headers().firstValue("Location");
            if (current.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Page(
                        current.statusCode(),
                        "",
                        Jsoup.parse(current.body(), current.uri().toString()));
            }
            URI next = current.uri().resolve(location.get());
            if (!next.toString().startsWith(keycloak.baseUrl())) {
                return new Page(current.statusCode(), next.toString(), Jsoup.parse("", next.toString()));
            }
            current = send(HttpRequest.newBuilder(next).GET().build());
        }
        throw new IllegalStateException("too many redirects from " + response.uri());
    }

    private HttpResponse<String> send(HttpRequest request) {
        var withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (!cookies.isEmpty()) {
            withCookies.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                if (setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String queryParameter(String url, String name) {
        return Optional.ofNullable(URI.create(url).getRawQuery()).stream()
                .flatMap(query -> java.util.Arrays.stream(query.split("&")))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + url));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page Keycloak answered with, or the redirect out of Keycloak that ended the journey. */
    private record Page(int status, String location, Document document) {

        boolean redirectsTo(String prefix) {
            return location.startsWith(prefix);
        }

        String text() {
            return location.isEmpty() ? document.text() : "redirect to " + location;
        }
    }
}
