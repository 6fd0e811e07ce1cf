package io.policyhub.practice.persistence;

import io.policyhub.practice.BrandColour;
import io.policyhub.practice.Logo;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.ReminderSchedule;
import io.policyhub.practice.SenderName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "practice")
class PracticeEntity {

    @Id
    private UUID id;

    private String name;

    private String alias;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "brand_colour")
    private @Nullable String brandColour;

    @Column(name = "logo_content_type")
    private @Nullable String logoContentType;

    @Column(name = "logo_sha256")
    private @Nullable String logoSha256;

    @Column(name = "logo_size")
    private @Nullable Integer logoSize;

    @Column(name = "reminder_days")
    private int[] reminderDays;

    @Column(name = "professional_body")
    private @Nullable String professionalBody;

    @Column(name = "email_sender_name")
    private @Nullable String emailSenderName;

    protected PracticeEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
        this.alias = "";
        this.createdAt = Instant.EPOCH;
        this.reminderDays = new int[0];
    }

    PracticeEntity(Practice practice) {
        this.id = practice.id().value();
        this.alias = practice.alias();
        this.createdAt = practice.createdAt();
        this.name = practice.name();
        this.reminderDays = new int[0];
        copy(practice);
    }

    void copy(Practice practice) {
        this.name = practice.name();
        this.contactEmail = practice.contactEmail().orElse(null);
        this.brandColour = practice.brandColour().map(BrandColour::hex).orElse(null);
        Optional<Logo> logo = practice.logo();
        this.logoContentType = logo.map(Logo::contentType).orElse(null);
        this.logoSha256 = logo.map(Logo::sha256).orElse(null);
        this.logoSize = logo.map(Logo::size).orElse(null);
        this.reminderDays = practice.reminderSchedule().days().stream()
                .mapToInt(Integer::intValue)
                .toArray();
        this.professionalBody = practice.professionalBody().orElse(null);
        this.emailSenderName = practice.senderName().map(SenderName::value).orElse(null);
    }

    Practice toDomain() {
        Logo logo = logoContentType != null && logoSha256 != null && logoSize != null
                ? new Logo(logoContentType, logoSha256, logoSize)
                : null;
        return new Practice(
                new PracticeId(id),
                name,
                alias,
                contactEmail,
                createdAt,
                brandColour == null ? null : new BrandColour(brandColour),
                logo,
                new ReminderSchedule(IntStream.of(reminderDays).boxed().toList()),
                professionalBody,
                emailSenderName == null ? null : new SenderName(emailSenderName));
    }
}
