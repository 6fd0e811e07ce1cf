package io.policyhub.practice;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

final class InMemoryPractices implements Practices {

    final Map<PracticeId, Practice> byId = new LinkedHashMap<>();

    @Override
    public Practice save(Practice practice) {
        byId.put(practice.id(), practice);
        return practice;
    }

    @Override
    public Optional<Practice> findById(PracticeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<Practice> findVisible(PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean aliasTaken(String alias) {
        return byId.values().stream().anyMatch(p -> p.alias().equals(alias));
    }

    @Override
    public Map<String, PracticeId> idsByAliases(Collection<String> aliases) {
        return byId.values().stream()
                .filter(p -> aliases.contains(p.alias()))
                .collect(Collectors.toMap(Practice::alias, Practice::id));
    }
}
