package io.policyhub.template.api;

import io.policyhub.api.Caller;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.shared.PageRequest;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateId;
import io.policyhub.template.TemplateKind;
import io.policyhub.template.TemplateManagement;
import io.policyhub.template.TemplateRef;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The platform's template library: readable by every practice, written by platform administrators only. */
@RestController
@RequestMapping("/api/v1/templates")
class LibraryTemplatesController {

    static final PageRequest VERSIONS_SHOWN = PageRequest.first(50);

    private final TemplateManagement templates;

    LibraryTemplatesController(TemplateManagement templates) {
        this.templates = templates;
    }

    @GetMapping
    PageResponse<TemplateSummaryResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(
                templates.list(TemplateKind.LIBRARY, Paging.of(page, size)), TemplateSummaryResponse::of);
    }

    @GetMapping("/{templateId}")
    TemplateResponse get(@PathVariable UUID templateId) {
        return response(templates.get(ref(templateId)));
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

    /** Adds a template to the library and publishes it as version 1. */
    @PostMapping
    ResponseEntity<TemplateResponse> add(@Valid @RequestBody TemplateRequest request) {
        Template template = templates.addToLibrary(request.toDomain(), Caller.actor());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(template.id().value())
                .toUri();
        return ResponseEntity.created(location).body(response(template));
    }

    /** Publishes new text for a library template as its next version. */
    @PostMapping("/{templateId}/versions")
    ResponseEntity<TemplateResponse> publish(
            @PathVariable UUID templateId, @Valid @RequestBody LibraryVersionRequest request) {
        Template template = templates.publishLibraryVersion(
                new TemplateId(templateId), request.template().toDomain(), request.changeSummary(), Caller.actor());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{number}")
                .buildAndExpand(template.latestVersion().orElseThrow())
                .toUri();
        return ResponseEntity.created(location).body(response(template));
    }

    private TemplateResponse response(Template template) {
        return TemplateResponse.of(
                template, templates.versions(template.ref(), VERSIONS_SHOWN).items());
    }

    private static TemplateRef ref(UUID id) {
        return TemplateRef.library(new TemplateId(id));
    }
}
