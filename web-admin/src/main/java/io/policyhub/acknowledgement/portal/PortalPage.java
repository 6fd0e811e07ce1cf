package io.policyhub.acknowledgement.portal;

import io.policyhub.acknowledgement.PortalView;
import io.policyhub.shared.MarkdownHtml;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the portal page shows: the policy as sanitised HTML, and the client's acknowledgement if any. */
record PortalPage(
        String token,
        String practiceName,
        @Nullable String contactEmail,
        @Nullable String professionalBody,
        String policyTitle,
        int version,
        String publishedOn,
        String contentHtml,
        String contentHash,
        @Nullable String acknowledgedOn,
        @Nullable String acknowledgedAs,
        @Nullable String brandStylesheet,
        @Nullable String logoUrl) {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    static PortalPage of(String token, PortalView view) {
        return new PortalPage(
                token,
                view.practiceName(),
                view.practiceContactEmail().orElse(null),
                view.professionalBody().orElse(null),
                view.version().title(),
                view.version().number(),
                DATE.format(view.version().publishedAt()),
                MarkdownHtml.renderBelowPageTitle(view.version().content()),
                view.version().contentHash().hex(),
                view.acknowledgement()
                        .map(ack -> DATE_TIME.format(ack.acknowledgedAt()))
                        .orElse(null),
                view.acknowledgement().map(ack -> ack.fullName()).orElse(null),
                PortalBrand.stylesheetUrl(token, view.brandColour()),
                PortalBrand.logoUrl(token, view.logo()));
    }

    public boolean acknowledged() {
        return acknowledgedOn != null;
    }
}
