package io.policyhub.loadtest;

import java.time.Duration;

/** The knobs of a run, from system properties (run.sh and the README pass them with -D). */
final class Settings {

    private Settings() {}

    static String text(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }

    static String baseUrl() {
        return text("baseUrl", "http://localhost:18080");
    }
}
