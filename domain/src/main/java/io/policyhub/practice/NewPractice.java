package io.policyhub.practice;

import org.jspecify.annotations.Nullable;

/** What a platform administrator provides to register a practice. */
public record NewPractice(
        String name, String alias, @Nullable String contactEmail) {}
