package io.policyhub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A staff member's session in the admin pages, driven over real HTTP without a browser: signs in through the
 * real authorization-code flow at the development issuer (its sign-in page, PKCE, the code exchange), keeps the
 * session cookie and sends each form's CSRF token, as a browser would.
 */
public final class AdminSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private String csrfToken = "";

    private AdminSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in as the registered staff identity {@code username}; ends on the page the sign-in leads to. */
    public static AdminSession signIn(String baseUrl, String username) {
        var session = new AdminSession(baseUrl);
        AdminPage signInPage = session.follow(session.send(get(URI.create(baseUrl + "/admin"))));
        assertThat(signInPage.status()).as("the issuer's sign-in page").isEqualTo(200);
        Element form = signInPage.html().selectFirst("form[data-username=" + username + "]");
        assertThat(form).as("a sign-in button for " + username).isNotNull();
        AdminPage landed = session.follow(session.send(formPost(URI.create(signInPage.url()), fields(form))));
        assertThat(landed.status()).as(landed.body()).isEqualTo(200);
        return session;
    }

    /** The id of the server-side session this browser-less client holds (its session cookie). */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    public AdminPage get(String path) {
        return send(get(URI.create(baseUrl + path)));
    }

    /** Posts a form with the session's CSRF token, as the page's own form would. */
    public AdminPage post(String path, Map<String, String> form) {
        var withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("_csrf", csrfToken);
        return send(formPost(URI.create(baseUrl + path), withToken));
    }

    /** Posts a form whose fields may repeat (checkbox groups), with the session's CSRF token. */
    public AdminPage post(String path, List<Map.Entry<String, String>> fields) {
        var withToken = new ArrayList<>(fields);
        withToken.add(Map.entry("_csrf", csrfToken));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withToken)))
                .build());
    }

    /** Posts a form without any CSRF token, as a forged cross-site request would. */
    public AdminPage postWithoutCsrfToken(String path, Map<String, String> form) {
        return send(formPost(URI.create(baseUrl + path), form));
    }

    /** Posts as htmx does: an {@code HX-Request} with the CSRF token in a header. */
    public AdminPage htmx(String path, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        return send(request);
    }

    /** Posts a multipart form with one file, and the session's CSRF token as a field, as a file upload form would. */
    public AdminPage upload(String path, String field, String fileName, byte[] content) {
        return upload(path, field, fileName, "text/csv", content);
    }

    /** Like {@link #upload(String, String, String, byte[])}, with the file's type as the browser would claim it. */
    public AdminPage upload(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "----policyhub" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** GETs a download (a PDF, a ZIP) in this session, keeping its body as bytes. */
    public BinaryResponse download(String path) {
        try {
            HttpResponse<byte[]> response =
                    http.send(get(URI.create(baseUrl + path)), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects, across the application and the issuer, to the final page. */
    public AdminPage follow(AdminPage page) {
        AdminPage current = page;
        for (int hops = 0; current.isRedirect(); hops++) {
            assertThat(hops).as("too many redirects").isLessThan(10);
            current = send(get(URI.create(current.url()).resolve(current.location())));
        }
        return current;
    }

    private AdminPage send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var page = new AdminPage(
                    response.statusCode(), response.uri().toString(), response.body(), response.headers());
            page.csrfToken().ifPresent(token -> csrfToken = token);
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static HttpRequest formPost(URI uri, Map<String, String> form) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
    }

    private static Map<String, String> fields(Element form) {
        var fields = new LinkedHashMap<String, String>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return fields;
    }

    private static String encode(Map<String, String> form) {
        return encode(List.copyOf(form.entrySet()));
    }

    private static String encode(List<Map.Entry<String, String>> form) {
        return form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Parses HTML, for tests that read a page. */
    static Document parse(String html, String url) {
        return Jsoup.parse(html, url);
    }
}
