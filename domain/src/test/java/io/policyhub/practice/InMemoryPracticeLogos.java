package io.policyhub.practice;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Logos kept in memory, for domain tests that do not look at them. */
final class InMemoryPracticeLogos implements PracticeLogos {

    private final Map<PracticeId, LogoImage> logos = new HashMap<>();

    @Override
    public void save(PracticeId practice, LogoImage image) {
        logos.put(practice, image);
    }

    @Override
    public Optional<LogoImage> find(PracticeId practice) {
        return Optional.ofNullable(logos.get(practice));
    }

    @Override
    public void delete(PracticeId practice) {
        logos.remove(practice);
    }
}
