package io.policyhub.client;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.EmailAddresses;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A client of a practice. Erasing a client (GDPR) removes their personal data but keeps the row, so the
 * acknowledgements that point at it stay as evidence.
 */
public final class Client {

    private final ClientId id;
    private final PracticeId practiceId;
    private String displayName;
    private String email;
    private @Nullable String externalRef;
    private final Instant createdAt;
    private @Nullable Instant erasedAt;

    public Client(
            ClientId id,
            PracticeId practiceId,
            String displayName,
            String email,
            @Nullable String externalRef,
            Instant createdAt,
            @Nullable Instant erasedAt) {
        this.id = Objects.requireNonNull(id);
        this.practiceId = Objects.requireNonNull(practiceId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.erasedAt = erasedAt;
        if (erasedAt == null) {
            this.displayName = Text.required("displayName", displayName, 200);
            this.email = EmailAddresses.valid("email", email);
            this.externalRef = Text.optional("externalRef", externalRef, 100);
        } else {
            this.displayName = displayName;
            this.email = email;
            this.externalRef = null;
        }
    }

    public static Client add(PracticeId practiceId, NewClient details, Instant now) {
        return new Client(
                ClientId.random(),
                practiceId,
                details.displayName(),
                details.email(),
                details.externalRef(),
                now,
                null);
    }

    public void change(ClientChanges changes) {
        changes.displayName().ifPresent(name -> this.displayName = Text.required("displayName", name, 200));
        changes.email().ifPresent(address -> this.email = EmailAddresses.valid("email", address));
        changes.externalRef().ifPresent(ref -> this.externalRef = Text.optional("externalRef", ref.orElse(null), 100));
    }

    /** Replaces personal data with a pseudonym; the client id (and so the evidence) survives. */
    public void erase(Instant now) {
        if (erasedAt == null) {
            this.displayName = "Erased client " + id.value().toString().substring(0, 8);
            this.email = "erased-" + id.value() + "@erased.invalid";
            this.externalRef = null;
            this.erasedAt = now;
        }
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public ClientId id() {
        return id;
    }

    public PracticeId practiceId() {
        return practiceId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Optional<String> externalRef() {
        return Optional.ofNullable(externalRef);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }
}
