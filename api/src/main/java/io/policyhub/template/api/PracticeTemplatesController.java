package io.policyhub.template.api;

import io.policyhub.api.Caller;
import io.policyhub.api.DraftETag;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.practice.PracticeId;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateId;
import io.policyhub.template.TemplateKind;
import io.policyhub.template.TemplateManagement;
import io.policyhub.template.TemplateRef;
import io.policyhub.template.TemplateVersion;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A practice's own templates: copied from the library or written anew, edited as drafts, published. */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/templates")
class PracticeTemplatesController {

    private final TemplateManagement templates;

    PracticeTemplatesController(TemplateManagement templates) {
        this.templates = templates;
    }

    @GetMapping
    PageResponse<TemplateSummaryResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(
                templates.list(TemplateKind.PRACTICE, Paging.of(page, size)), TemplateSummaryResponse::of);
    }

    @PostMapping
    ResponseEntity<TemplateResponse> create(
            @PathVariable UUID practiceId, @Valid @RequestBody NewPracticeTemplateRequest request) {
        request.requireOneSource();
        var practice = new PracticeId(practiceId);
        Template template = request.libraryTemplateId() != null
                ? templates.copyFromLibrary(
                        practice, new TemplateId(request.libraryTemplateId()), request.libraryVersion())
                : templates.createInPractice(
                        practice, Objects.requireNonNull(request.template()).toDomain());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(template.id().value())
                .toUri();
        return withETag(ResponseEntity.created(location), template);
    }

    @GetMapping("/{templateId}")
    ResponseEntity<TemplateResponse> get(@PathVariable UUID templateId) {
        return withETag(ResponseEntity.ok(), templates.get(ref(templateId)));
    }

    /** Replaces the draft; {@code If-Match} must carry the ETag of the draft the edit is based on. */
    @PutMapping("/{templateId}/draft")
    ResponseEntity<TemplateResponse> editDraft(
            @PathVariable UUID templateId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody TemplateRequest request) {
        long expected = DraftETag.expectedRevision(ifMatch);
        Template template = templates.editDraft(new TemplateId(templateId), request.toDomain(), expected);
        return withETag(ResponseEntity.ok(), template);
    }

    @PostMapping("/{templateId}/versions")
    ResponseEntity<TemplateVersionResponse> publish(
            @PathVariable UUID templateId, @Valid @RequestBody PublishTemplateRequest request) {
        TemplateVersion version =
                templates.publish(new TemplateId(templateId), request.changeSummary(), Caller.actor());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{number}")
                .buildAndExpand(version.number())
                .toUri();
        return ResponseEntity.created(location).body(TemplateVersionResponse.full(version));
    }

    @GetMapping("/{templateId}/versions/{number}")
    TemplateVersionResponse version(@PathVariable UUID templateId, @PathVariable int number) {
        return TemplateVersionResponse.full(templates.version(ref(templateId), number));
    }

    @PostMapping("/{templateId}/preview")
    PreviewResponse preview(@PathVariable UUID templateId, @Valid @RequestBody PreviewRequest request) {
        return PreviewResponse.of(
                templates.preview(ref(templateId), Optional.ofNullable(request.version()), request.values()));
    }

    private ResponseEntity<TemplateResponse> withETag(ResponseEntity.BodyBuilder builder, Template template) {
        var versions = templates
                .versions(template.ref(), LibraryTemplatesController.VERSIONS_SHOWN)
                .items();
        return builder.eTag(DraftETag.of(template.draftRevision())).body(TemplateResponse.of(template, versions));
    }

    private static TemplateRef ref(UUID id) {
        return TemplateRef.practice(new TemplateId(id));
    }
}
