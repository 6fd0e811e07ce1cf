package io.policyhub.template.api;

import io.policyhub.shared.MarkdownHtml;

/** A rendered template: the Markdown a policy would start from and the same as sanitised HTML. */
record PreviewResponse(String markdown, String html) {

    static PreviewResponse of(String markdown) {
        return new PreviewResponse(markdown, MarkdownHtml.render(markdown));
    }
}
