package io.policyhub.practice;

import io.policyhub.shared.ContentTooLarge;

public final class LogoTooLarge extends ContentTooLarge {

    private LogoTooLarge(long limit) {
        super("logo-too-large", "The logo must not be larger than " + limit + " bytes.", limit);
    }

    public static LogoTooLarge of(long limit) {
        return new LogoTooLarge(limit);
    }
}
