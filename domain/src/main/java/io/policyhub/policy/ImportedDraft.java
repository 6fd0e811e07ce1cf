package io.policyhub.policy;

import io.policyhub.shared.Text;

/** The title and Markdown content an imported text turned into. */
public record ImportedDraft(String title, String content) {

    public ImportedDraft {
        title = Text.required("title", title, Policy.MAX_TITLE);
    }
}
