package io.policyhub.shared;

/** A zero-based page of a list; sizes are capped so no caller can ask for a whole table at once. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw InvalidInput.of("page", "must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
