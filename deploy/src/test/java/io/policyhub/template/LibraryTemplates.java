package io.policyhub.template;

import java.util.List;
import java.util.Map;

/** The shipped library templates and the reference customer's settings, as the tests use them. */
public final class LibraryTemplates {

    public static final String SOCIAL_MEDIA = "5e0c1a1e-0000-4000-8000-000000000001";
    static final String CONFIDENTIALITY = "5e0c1a1e-0000-4000-8000-000000000002";
    static final String ONLINE_SESSIONS = "5e0c1a1e-0000-4000-8000-000000000003";
    static final String CANCELLATION = "5e0c1a1e-0000-4000-8000-000000000004";

    /** Aurora Mind and Body's choices, matching ../shared/seeds/aurora-social-media-policy.txt. */
    public static final Map<String, Object> AURORA = Map.ofEntries(
            Map.entry("practiceName", "Aurora Mind and Body Ltd"),
            Map.entry("solePractitioner", false),
            Map.entry("otherActivities", "the fitness side of Aurora Mind and Body Ltd"),
            Map.entry("practiceAccounts", List.of("X", "Instagram", "Facebook")),
            Map.entry("personalAccounts", List.of("X", "Instagram", "Facebook", "LinkedIn")),
            Map.entry("formerClientsIncluded", true),
            Map.entry("contactChannels", "email or through the Aurora Mind and Body Facebook page"),
            Map.entry("betweenSessionReplies", "onlyByAgreement"),
            Map.entry("reviewPlatforms", "the Aurora Mind and Body Facebook page or Google"),
            Map.entry("testimonialsBarred", true),
            Map.entry("professionalBody", "National Society of Talking Therapies"),
            Map.entry("professionalBodyAbbreviation", "NSTT"));

    private LibraryTemplates() {}

    /** A small template for tests that publish versions of their own, so the shipped ones stay untouched. */
    public static Map<String, Object> feesTemplate(String title, String body) {
        return Map.of(
                "title",
                title,
                "description",
                "Fees for tests",
                "category",
                "Fees and attendance",
                "body",
                body,
                "variables",
                List.of(
                        Map.of("name", "practiceName", "type", "STRING", "label", "Practice name", "required", true),
                        Map.of(
                                "name",
                                "notice",
                                "type",
                                "CHOICE",
                                "label",
                                "Notice (hours)",
                                "options",
                                List.of("24", "48"),
                                "default",
                                "48",
                                "required",
                                true)));
    }
}
