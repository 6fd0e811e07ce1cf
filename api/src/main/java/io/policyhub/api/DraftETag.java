package io.policyhub.api;

import org.jspecify.annotations.Nullable;

/** The entity tag of a policy draft: its revision, quoted. */
public final class DraftETag {

    private DraftETag() {}

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * The revision an {@code If-Match} header names.
     *
     * @throws PreconditionRequired if the header is missing
     * @return the revision, or -1 for a tag that is not one of ours (and so never matches)
     */
    public static long expectedRevision(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired(
                    "Send the ETag of the draft you edited in an If-Match header, so concurrent edits are not lost.");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
