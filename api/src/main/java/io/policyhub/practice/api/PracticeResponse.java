package io.policyhub.practice.api;

import io.policyhub.practice.Practice;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

record PracticeResponse(
        UUID id, String name, String alias, @Nullable String contactEmail, Instant createdAt) {

    static PracticeResponse of(Practice practice) {
        return new PracticeResponse(
                practice.id().value(),
                practice.name(),
                practice.alias(),
                practice.contactEmail().orElse(null),
                practice.createdAt());
    }
}
