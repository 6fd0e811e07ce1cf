package io.policyhub.policy.api;

import io.policyhub.policy.TemplateStatus;
import io.policyhub.template.TemplateKind;
import java.util.Map;
import java.util.UUID;

/**
 * The template version and values a policy was rendered from, and whether that template has published a newer
 * version since ({@code updateAvailable}, {@code latestVersion}).
 */
record TemplateOriginResponse(
        TemplateKind kind,
        UUID id,
        int version,
        Map<String, Object> variables,
        int latestVersion,
        boolean updateAvailable) {

    static TemplateOriginResponse of(TemplateStatus status) {
        return new TemplateOriginResponse(
                status.origin().template().kind(),
                status.origin().template().id().value(),
                status.origin().version(),
                status.origin().variables().values(),
                status.latestVersion(),
                status.updateAvailable());
    }
}
