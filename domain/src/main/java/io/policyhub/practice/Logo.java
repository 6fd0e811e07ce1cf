package io.policyhub.practice;

import java.util.Objects;

/**
 * What the practice profile says about its logo; the image itself is kept apart ({@link PracticeLogos}) so that
 * reading a practice never loads it.
 *
 * @param sha256 hex SHA-256 of the image, which also versions its URL for caches
 */
public record Logo(String contentType, String sha256, int size) {

    public Logo {
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(sha256);
    }
}
