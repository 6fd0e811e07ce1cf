package io.policyhub.api;

import io.policyhub.shared.PageRequest;

/** Page query parameters: {@code page} (zero-based, default 0) and {@code size} (default 20, at most 200). */
public final class Paging {

    public static final String DEFAULT_SIZE = "20";

    private Paging() {}

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }
}
