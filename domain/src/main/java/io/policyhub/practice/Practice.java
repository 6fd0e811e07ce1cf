package io.policyhub.practice;

import io.policyhub.shared.EmailAddresses;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A therapy or wellbeing practice: the tenant. Its alias is the Keycloak organization alias that tokens
 * carry in their {@code organization} claim, so it is what binds an identity to the practice.
 */
public final class Practice {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final PracticeId id;
    private String name;
    private final String alias;
    private @Nullable String contactEmail;
    private final Instant createdAt;
    private @Nullable BrandColour brandColour;
    private @Nullable Logo logo;
    private ReminderSchedule reminderSchedule;
    private @Nullable String professionalBody;
    private @Nullable SenderName senderName;

    /** A new practice: no branding yet, the default reminder schedule, e-mails in the practice's name. */
    public Practice(PracticeId id, String name, String alias, @Nullable String contactEmail, Instant createdAt) {
        this(id, name, alias, contactEmail, createdAt, null, null, ReminderSchedule.DEFAULT, null, null);
    }

    public Practice(
            PracticeId id,
            String name,
            String alias,
            @Nullable String contactEmail,
            Instant createdAt,
            @Nullable BrandColour brandColour,
            @Nullable Logo logo,
            ReminderSchedule reminderSchedule,
            @Nullable String professionalBody,
            @Nullable SenderName senderName) {
        this.id = Objects.requireNonNull(id);
        this.name = Text.required("name", name, 200);
        this.alias = validAlias(alias);
        this.contactEmail = contactEmail == null ? null : EmailAddresses.valid("contactEmail", contactEmail);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.brandColour = brandColour;
        this.logo = logo;
        this.reminderSchedule = Objects.requireNonNull(reminderSchedule);
        this.professionalBody = validProfessionalBody(professionalBody);
        this.senderName = senderName;
    }

    static String validAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw InvalidInput.of("alias", "must be 1-63 lower-case letters, digits or inner hyphens");
        }
        return alias;
    }

    public void rename(String newName) {
        this.name = Text.required("name", newName, 200);
    }

    public void changeContactEmail(@Nullable String email) {
        this.contactEmail = email == null ? null : EmailAddresses.valid("contactEmail", email);
    }

    /** The colour of the portal's header, or none for the portal's own. */
    public void changeBrandColour(@Nullable BrandColour colour) {
        this.brandColour = colour;
    }

    public void showLogo(@Nullable Logo newLogo) {
        this.logo = newLogo;
    }

    /** Clients already asked keep their place: reminders they already had still count. */
    public void changeReminderSchedule(ReminderSchedule schedule) {
        this.reminderSchedule = Objects.requireNonNull(schedule);
    }

    /** The body the practice's therapists are registered with, e.g. the UKCP; none when blank. */
    public void changeProfessionalBody(@Nullable String body) {
        this.professionalBody = validProfessionalBody(body);
    }

    /** The name clients' e-mails come from; none sends them in the practice's name. */
    public void changeSenderName(@Nullable SenderName name) {
        this.senderName = name;
    }

    private static @Nullable String validProfessionalBody(@Nullable String body) {
        return Text.optional("professionalBody", body, 200);
    }

    public PracticeId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String alias() {
        return alias;
    }

    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<BrandColour> brandColour() {
        return Optional.ofNullable(brandColour);
    }

    public Optional<Logo> logo() {
        return Optional.ofNullable(logo);
    }

    public ReminderSchedule reminderSchedule() {
        return reminderSchedule;
    }

    public Optional<String> professionalBody() {
        return Optional.ofNullable(professionalBody);
    }

    /** The sender name the practice chose for its e-mails, if it chose one. */
    public Optional<SenderName> senderName() {
        return Optional.ofNullable(senderName);
    }

    /** Whom clients' e-mails come from: the chosen sender name, otherwise the practice's name. */
    public String emailsFrom() {
        return senderName == null ? name : senderName.value();
    }
}
