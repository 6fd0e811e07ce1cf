package io.policyhub.client;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.EmailAddresses;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.InvalidInput.FieldError;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
            var problems = new ArrayList<FieldError>();
            this.displayName = checked(problems, () -> validName(displayName));
            this.email = checked(problems, () -> validEmail(email));
            this.externalRef = checked(problems, () -> validExternalRef(externalRef));
            if (!problems.isEmpty()) {
                throw InvalidInput.of(problems);
            }
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

    /** Applies every change, or none: each invalid field is named. */
    public void change(ClientChanges changes) {
        var problems = new ArrayList<FieldError>();
        String name = checked(
                problems, () -> changes.displayName().map(Client::validName).orElse(displayName));
        String address =
                checked(problems, () -> changes.email().map(Client::validEmail).orElse(email));
        String ref = checked(
                problems,
                () -> changes.externalRef().isPresent()
                        ? validExternalRef(changes.externalRef().get().orElse(null))
                        : externalRef);
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        this.displayName = name;
        this.email = address;
        this.externalRef = ref;
    }

    private static String validName(@Nullable String name) {
        return Text.required("displayName", name, 200);
    }

    private static String validEmail(@Nullable String address) {
        return EmailAddresses.valid("email", address);
    }

    private static @Nullable String validExternalRef(@Nullable String ref) {
        return Text.optional("externalRef", ref, 100);
    }

    /** The rule's value, or null with its complaint added to {@code problems}, so every field gets checked. */
    private static <T extends @Nullable Object> T checked(List<FieldError> problems, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInput invalid) {
            problems.addAll(invalid.errors());
            return null;
        }
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
