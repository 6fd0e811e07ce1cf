package io.policyhub.api;

import java.io.IOException;

/** A request body longer than the API accepts. */
final class PayloadTooLarge extends IOException {

    private final long limit;

    PayloadTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
