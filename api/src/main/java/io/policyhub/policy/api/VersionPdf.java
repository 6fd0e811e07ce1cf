package io.policyhub.policy.api;

import io.policyhub.api.Pdf;
import io.policyhub.policy.PolicyDocument;
import java.util.Locale;

/** Prints a published version to PDF from the same page as the HTML view, for downloads and evidence bundles. */
public final class VersionPdf {

    private VersionPdf() {}

    public static byte[] render(PolicyDocument document) {
        return Pdf.render(
                VersionPage.printable(document), "policy " + document.version().policyId());
    }

    /** A file name such as {@code social-media-policy-v2.pdf}. */
    public static String fileName(PolicyDocument document) {
        String slug = document.version().title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "policy" : slug) + "-v" + document.version().number() + ".pdf";
    }
}
