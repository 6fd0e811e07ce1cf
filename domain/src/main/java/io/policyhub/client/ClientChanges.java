package io.policyhub.client;

import java.util.Optional;

/** A partial update of a client: absent fields stay; an empty external reference removes it. */
public record ClientChanges(
        Optional<String> displayName, Optional<String> email, Optional<Optional<String>> externalRef) {}
