package io.policyhub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class PolicyImportTest {

    private static ImportedDraft text(String text) {
        return new PolicyImport(null, ImportFormat.TEXT, text).toDraft();
    }

    private static ImportedDraft markdown(String text) {
        return new PolicyImport(null, ImportFormat.MARKDOWN, text).toDraft();
    }

    @Test
    void plainTextHeadingsBecomeSectionsUnderTheFirstLineAsTitle() {
        ImportedDraft draft = text("""
                Cancellation policy

                Home » Policies » Cancellation policy

                We ask for notice when you cannot come.

                Late cancellations
                Sessions cancelled with less than 48 hours' notice are charged in full.

                Illness

                We waive the fee when you are unwell, once per year.
                """);

        assertThat(draft.title()).isEqualTo("Cancellation policy");
        assertThat(draft.content()).isEqualTo("""
                        # Cancellation policy

                        We ask for notice when you cannot come.

                        ## Late cancellations

                        Sessions cancelled with less than 48 hours' notice are charged in full.

                        ## Illness

                        We waive the fee when you are unwell, once per year.
                        """);
    }

    @Test
    void trailingAsteriskLinesAreKeptAsFootnotesBelowARule() {
        ImportedDraft draft = text("Fees\r\n\r\nSessions cost £60.\r\n\r\n* Adapted from a model policy.\r\n");

        assertThat(draft.content())
                .isEqualTo("# Fees\n\nSessions cost £60.\n\n---\n\n\\* Adapted from a model policy.\n");
    }

    @Test
    void plainTextIsEscapedSoMarkdownShowsItAsWritten() {
        ImportedDraft draft = text("""
                Contact

                Write to <office@example.org> or see [our site] for *urgent* matters_now.

                # is not a heading here, and
                1. this is not a list.
                """);

        assertThat(draft.content())
                .contains("Write to \\<office@example.org\\> or see \\[our site\\] for \\*urgent\\* matters\\_now.")
                .contains("\\# is not a heading here, and\n1\\. this is not a list.");
    }

    @Test
    void bulletedLinesBecomeAMarkdownList() {
        ImportedDraft draft = text("Channels\n\nWe use:\n\n• Facebook\n• Instagram\n");

        assertThat(draft.content()).endsWith("We use:\n\n- Facebook\n- Instagram\n");
    }

    @Test
    void hardWrappedParagraphsStayParagraphs() {
        String wrapped = "We keep clinical work and our public fitness classes apart at all times\n"
                + "and never discuss one in the other.";
        ImportedDraft draft = text("Boundaries\n\n" + wrapped + "\n");

        assertThat(draft.content()).isEqualTo("# Boundaries\n\n" + wrapped + "\n");
    }

    @Test
    void aGivenTitleReplacesAMatchingFirstLine() {
        ImportedDraft draft =
                new PolicyImport("Fees and payment", ImportFormat.TEXT, "Fees and payment\n\nBy card.").toDraft();

        assertThat(draft.content()).isEqualTo("# Fees and payment\n\nBy card.\n");
    }

    @Test
    void withoutATitleTheTextMustStartWithATitleLine() {
        String longFirstLine = "A sentence. ".repeat(20);

        assertThatThrownBy(() -> text(longFirstLine + "\nmore"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(
                        e -> assertThat(((InvalidInput) e).errors().getFirst().field())
                                .isEqualTo("title"));
    }

    @Test
    void blankTextIsRefusedAndOversizedTextIsTooLarge() {
        assertThatThrownBy(() -> new PolicyImport(null, ImportFormat.TEXT, " \n "))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("text must not be blank");
        assertThatThrownBy(() -> new PolicyImport(null, ImportFormat.TEXT, "x".repeat(Policy.MAX_CONTENT + 1)))
                .isInstanceOf(ImportTooLarge.class);
    }

    @Test
    void breadcrumbsAreRecognisedButHeadingsWithSlashesAreNot() {
        assertThat(PlainTextStructure.isBreadcrumb("Home » Social media policy"))
                .isTrue();
        assertThat(PlainTextStructure.isBreadcrumb("Home / Policies / Fees")).isTrue();
        assertThat(PlainTextStructure.isBreadcrumb("Twitter / X")).isFalse();
        assertThat(PlainTextStructure.isBreadcrumb("Ages > 16 may consent.")).isFalse();
    }

    @Test
    void markdownKeepsItsTitleAndTurnsLaterTopLevelHeadingsIntoSections() {
        ImportedDraft draft = markdown("# Fees\n\nIntro\n\n# Payment\n\n```\n# not a heading\n```\n");

        assertThat(draft.title()).isEqualTo("Fees");
        assertThat(draft.content()).isEqualTo("# Fees\n\nIntro\n\n## Payment\n\n```\n# not a heading\n```\n");
    }

    @Test
    void markdownWithoutATitleHeadingGetsOne() {
        assertThat(markdown("Fees\n\nSessions cost **£60**.").content())
                .isEqualTo("# Fees\n\nSessions cost **£60**.\n");
        assertThat(markdown("Fees\n====\n\nBy card.").content()).isEqualTo("# Fees\n\nBy card.\n");
        assertThat(new PolicyImport("Fees", ImportFormat.MARKDOWN, "## Payment\n\nBy card.")
                        .toDraft()
                        .content())
                .isEqualTo("# Fees\n\n## Payment\n\nBy card.\n");
    }
}
