package io.policyhub.policy;

/** Where a policy derived from a template stands against that template's newest version. */
public record TemplateStatus(TemplateOrigin origin, int latestVersion) {

    public boolean updateAvailable() {
        return latestVersion > origin.version();
    }
}
