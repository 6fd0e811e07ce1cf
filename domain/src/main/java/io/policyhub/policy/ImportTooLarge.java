package io.policyhub.policy;

import io.policyhub.shared.ContentTooLarge;

/** An imported text longer than a policy may be. */
public final class ImportTooLarge extends ContentTooLarge {

    private ImportTooLarge(String message, long limit) {
        super("import-too-large", message, limit);
    }

    public static ImportTooLarge of(int length) {
        return new ImportTooLarge(
                "The imported text has " + length + " characters; a policy may have at most " + Policy.MAX_CONTENT
                        + ".",
                Policy.MAX_CONTENT);
    }
}
