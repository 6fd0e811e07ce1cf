package io.policyhub.support;

import java.net.http.HttpHeaders;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** An HTTP response of the application, with its body parsed when it is JSON. */
public record ApiResponse(int status, HttpHeaders headers, String raw, JsonNode json) {

    public String text(String field) {
        return json.path(field).asString();
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
