package io.policyhub.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose history to extract: a client's (every entry about them) or a policy's (its own entries and every entry
 * that names it, such as assignments, e-mails and acknowledgements).
 */
public record AuditSubject(Kind kind, UUID id) {

    public enum Kind {
        CLIENT,
        POLICY
    }

    public AuditSubject {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static AuditSubject client(UUID id) {
        return new AuditSubject(Kind.CLIENT, id);
    }

    public static AuditSubject policy(UUID id) {
        return new AuditSubject(Kind.POLICY, id);
    }
}
