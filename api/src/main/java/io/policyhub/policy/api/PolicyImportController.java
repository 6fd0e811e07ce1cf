package io.policyhub.policy.api;

import io.policyhub.api.DraftETag;
import io.policyhub.policy.ImportFormat;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyImport;
import io.policyhub.practice.PracticeId;
import io.policyhub.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Creates drafts from policies a practice already has, written as Markdown or plain text. */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/policies/import")
class PolicyImportController {

    static final String TEXT_MARKDOWN = "text/markdown";

    private final PolicyDocumentManagement documents;

    PolicyImportController(PolicyDocumentManagement documents) {
        this.documents = documents;
    }

    @Operation(
            summary = "Import a policy as a draft",
            description = "Turns an existing policy into a draft: the title becomes the # heading and the"
                    + " headings of the text ## sections. Send JSON, or the text itself as text/markdown or"
                    + " text/plain (UTF-8 unless a charset is given) with an optional ?title=. Empty text is"
                    + " refused with 422, text over 200,000 characters with 413.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PolicyResponse> importJson(
            @PathVariable UUID practiceId, @Valid @RequestBody ImportRequest request) {
        var source =
                new PolicyImport(request.title(), request.format(), Objects.requireNonNullElse(request.text(), ""));
        return created(practiceId, documents.importDraft(new PracticeId(practiceId), source));
    }

    @Operation(
            summary = "Import a policy as a draft, from its Markdown or plain text",
            description = "text/markdown keeps the document's headings; text/plain recognises headings as short"
                    + " standalone lines without final punctuation, drops breadcrumbs and keeps footnotes.")
    @PostMapping(consumes = {TEXT_MARKDOWN, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<PolicyResponse> importText(
            @PathVariable UUID practiceId,
            @RequestParam(required = false) @Nullable String title,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestBody(required = false) byte @Nullable [] body) {
        ImportFormat format =
                contentType.isCompatibleWith(MediaType.TEXT_PLAIN) ? ImportFormat.TEXT : ImportFormat.MARKDOWN;
        String text = decode(body == null ? new byte[0] : body, contentType);
        return created(
                practiceId, documents.importDraft(new PracticeId(practiceId), new PolicyImport(title, format, text)));
    }

    private static String decode(byte[] body, MediaType contentType) {
        Charset charset = contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("text", "is not valid " + charset.name());
        }
    }

    private static ResponseEntity<PolicyResponse> created(UUID practiceId, Policy policy) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/practices/{practiceId}/policies/{policyId}")
                .buildAndExpand(practiceId, policy.id().value())
                .toUri();
        return ResponseEntity.created(location)
                .eTag(DraftETag.of(policy.draftRevision()))
                .body(PolicyResponse.of(policy));
    }
}
