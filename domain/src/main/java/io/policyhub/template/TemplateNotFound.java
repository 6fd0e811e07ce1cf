package io.policyhub.template;

import io.policyhub.shared.ResourceNotFound;

public final class TemplateNotFound extends ResourceNotFound {

    private TemplateNotFound(String message) {
        super("template-not-found", message);
    }

    public static TemplateNotFound of(TemplateId id) {
        return new TemplateNotFound("No template " + id + " was found.");
    }

    public static TemplateNotFound version(TemplateId id, int number) {
        return new TemplateNotFound("Template " + id + " has no published version " + number + ".");
    }
}
