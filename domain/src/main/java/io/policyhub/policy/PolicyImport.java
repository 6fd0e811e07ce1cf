package io.policyhub.policy;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An existing policy brought in from elsewhere, to become a draft.
 *
 * @param title the policy's title; when absent it is taken from the first line of the text
 * @param format how the text is written
 * @param text the policy itself
 */
public record PolicyImport(@Nullable String title, ImportFormat format, String text) {

    public PolicyImport {
        title = Text.optional("title", title, Policy.MAX_TITLE);
        Objects.requireNonNull(format, "format");
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", "must not be blank");
        }
        if (text.length() > Policy.MAX_CONTENT) {
            throw ImportTooLarge.of(text.length());
        }
    }

    /** The draft this import becomes: the title as a {@code #} heading, its sections as {@code ##} headings. */
    public ImportedDraft toDraft() {
        ImportedDraft draft = switch (format) {
            case TEXT -> PlainTextStructure.toDraft(title, text);
            case MARKDOWN -> MarkdownStructure.toDraft(title, text);
        };
        if (draft.content().length() > Policy.MAX_CONTENT) {
            throw ImportTooLarge.of(draft.content().length());
        }
        return draft;
    }
}
