package io.policyhub.practice;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which practices a caller's organizations (Keycloak organization aliases) stand for. Every API request asks,
 * so this is not a transactional service, and it remembers what it found: an alias names one practice for
 * good (it is never changed or reused), so a remembered answer cannot go stale. Aliases nobody has are not
 * remembered, so a practice registered a moment ago is found at once. The memory is bounded by the number of
 * practices.
 */
public class PracticeMemberships {

    private final Practices practices;
    private final Map<String, PracticeId> knownAliases = new ConcurrentHashMap<>();

    public PracticeMemberships(Practices practices) {
        this.practices = practices;
    }

    public Set<PracticeId> of(Collection<String> organizationAliases) {
        List<String> unknown = organizationAliases.stream()
                .filter(alias -> !knownAliases.containsKey(alias))
                .toList();
        if (!unknown.isEmpty()) {
            knownAliases.putAll(practices.idsByAliases(unknown));
        }
        return organizationAliases.stream()
                .map(knownAliases::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
