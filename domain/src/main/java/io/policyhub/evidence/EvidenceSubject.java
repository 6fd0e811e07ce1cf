package io.policyhub.evidence;

import io.policyhub.audit.AuditSubject;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Whose evidence a bundle holds: one client's (all their acknowledgements) or one policy's (every client's
 * acknowledgements of it).
 *
 * @param name the client's display name or the policy's title
 * @param latestVersion for a policy, its newest published version (0 if none); for a client, 0
 */
public record EvidenceSubject(AuditSubject.Kind kind, UUID id, String name, String practiceName, int latestVersion) {

    public EvidenceSubject {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(practiceName);
    }

    public AuditSubject auditSubject() {
        return new AuditSubject(kind, id);
    }

    /** The name the bundle is downloaded under, e.g. {@code evidence-client-<id>.zip}. */
    public String bundleFileName() {
        return "evidence-" + kind.name().toLowerCase(Locale.ROOT) + "-" + id + ".zip";
    }
}
