package io.policyhub.practice.api;

import io.policyhub.practice.BrandColour;
import io.policyhub.practice.Logo;
import io.policyhub.practice.Practice;
import io.policyhub.practice.SenderName;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param brandTextColour the colour the portal puts text in on {@code brandColour}
 * @param reminderDays days after a client was asked on which they are reminded, until they agree
 * @param emailSenderName the name clients' e-mails come from instead of {@code name}; null sends them as {@code name}
 */
record PracticeResponse(
        UUID id,
        String name,
        String alias,
        @Nullable String contactEmail,
        Instant createdAt,
        @Nullable String brandColour,
        @Nullable String brandTextColour,
        @Nullable LogoResponse logo,
        List<Integer> reminderDays,
        @Nullable String professionalBody,
        @Nullable String emailSenderName) {

    static PracticeResponse of(Practice practice) {
        return new PracticeResponse(
                practice.id().value(),
                practice.name(),
                practice.alias(),
                practice.contactEmail().orElse(null),
                practice.createdAt(),
                practice.brandColour().map(BrandColour::hex).orElse(null),
                practice.brandColour().map(BrandColour::textColour).orElse(null),
                practice.logo().map(logo -> LogoResponse.of(practice, logo)).orElse(null),
                practice.reminderSchedule().days(),
                practice.professionalBody().orElse(null),
                practice.senderName().map(SenderName::value).orElse(null));
    }

    /** @param url where staff fetch the image */
    record LogoResponse(String contentType, String sha256, int size, String url) {

        static LogoResponse of(Practice practice, Logo logo) {
            return new LogoResponse(
                    logo.contentType(), logo.sha256(), logo.size(), "/api/v1/practices/" + practice.id() + "/logo");
        }
    }
}
