package io.policyhub.support;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** An HTTP response of the application kept as bytes, for answers such as PDF that are not text. */
public record BinaryResponse(int status, HttpHeaders headers, byte[] body) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    @Override
    public String toString() {
        return status + " " + header("Content-Type").orElse("") + " (" + body.length + " bytes)";
    }
}
