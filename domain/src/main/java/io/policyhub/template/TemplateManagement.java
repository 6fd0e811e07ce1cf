package io.policyhub.template;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Actor;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The template library and the practices' own templates: authoring, publishing, copying, previewing. Library
 * templates are published as soon as they are written; practice templates keep a draft until published.
 */
public class TemplateManagement {

    private final Templates templates;
    private final Clock clock;

    public TemplateManagement(Templates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public Page<Template> list(TemplateKind kind, PageRequest page) {
        return templates.list(kind, page);
    }

    public Template get(TemplateRef ref) {
        return templates.find(ref).orElseThrow(() -> TemplateNotFound.of(ref.id()));
    }

    /** A template by id alone: the current practice's own if it has one by that id, else the library's. */
    public Template locate(TemplateId id) {
        return templates
                .find(TemplateRef.practice(id))
                .or(() -> templates.find(TemplateRef.library(id)))
                .orElseThrow(() -> TemplateNotFound.of(id));
    }

    public Template addToLibrary(TemplateContent content, Actor publisher) {
        Template template = templates.save(Template.library(content, clock.instant()));
        return publishDraft(template, "First published version", publisher);
    }

    /** Replaces a library template's text and publishes it at once as its next version. */
    public Template publishLibraryVersion(TemplateId id, TemplateContent content, String summary, Actor publisher) {
        Template template = getForUpdate(TemplateRef.library(id));
        template.editDraft(content, template.draftRevision(), clock.instant());
        return publishDraft(template, summary, publisher);
    }

    public Template createInPractice(PracticeId practice, TemplateContent content) {
        return templates.save(Template.practice(practice, content, null, clock.instant()));
    }

    /** Starts a practice template as a draft copy of a library template's version, by default its newest. */
    public Template copyFromLibrary(PracticeId practice, TemplateId libraryTemplate, @Nullable Integer version) {
        TemplateVersion source = version != null
                ? version(TemplateRef.library(libraryTemplate), version)
                : latest(TemplateRef.library(libraryTemplate));
        var copiedFrom = new LibrarySource(libraryTemplate, source.number());
        return templates.save(Template.practice(practice, source.content(), copiedFrom, clock.instant()));
    }

    public Template editDraft(TemplateId id, TemplateContent content, long expectedRevision) {
        Template template = getForUpdate(TemplateRef.practice(id));
        template.editDraft(content, expectedRevision, clock.instant());
        return templates.save(template);
    }

    public TemplateVersion publish(TemplateId id, @Nullable String changeSummary, Actor publisher) {
        Template template = getForUpdate(TemplateRef.practice(id));
        TemplateVersion version = template.publish(changeSummary, publisher, clock.instant());
        templates.save(template);
        return templates.addVersion(version);
    }

    public Page<TemplateVersion> versions(TemplateRef ref, PageRequest page) {
        get(ref);
        return templates.versions(ref, page);
    }

    public TemplateVersion version(TemplateRef ref, int number) {
        get(ref);
        return templates.findVersion(ref, number).orElseThrow(() -> TemplateNotFound.version(ref.id(), number));
    }

    /** The newest published version; a template never published cannot be used for policies yet. */
    public TemplateVersion latest(TemplateRef ref) {
        int number = get(ref).latestVersion()
                .orElseThrow(() -> StateConflict.of(
                        "template-not-published", "Template " + ref.id() + " has no published version yet."));
        return version(ref, number);
    }

    /**
     * Renders a published version, or the draft when no version is given, with the caller's values.
     *
     * @throws io.policyhub.shared.InvalidInput naming each missing, mistyped or unknown variable
     */
    public String preview(TemplateRef ref, Optional<Integer> version, Map<String, ?> values) {
        TemplateContent content =
                version.isPresent() ? version(ref, version.get()).content() : get(ref).draft();
        return content.render(values);
    }

    private Template publishDraft(Template template, String summary, Actor publisher) {
        TemplateVersion version = template.publish(summary, publisher, clock.instant());
        Template saved = templates.save(template);
        templates.addVersion(version);
        return saved;
    }

    private Template getForUpdate(TemplateRef ref) {
        return templates.findForUpdate(ref).orElseThrow(() -> TemplateNotFound.of(ref.id()));
    }
}
