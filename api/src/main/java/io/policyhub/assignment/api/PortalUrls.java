package io.policyhub.assignment.api;

import io.policyhub.assignment.PortalToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds clients' absolute portal links from the configured public base URL. */
@Component
class PortalUrls {

    private final String baseUrl;

    PortalUrls(@Value("${policyhub.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String of(PortalToken token) {
        return baseUrl + "/portal/" + token.value();
    }
}
