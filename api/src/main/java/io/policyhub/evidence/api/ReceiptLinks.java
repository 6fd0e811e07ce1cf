package io.policyhub.evidence.api;

import io.policyhub.practice.PracticeId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where anyone holding a receipt finds the keys to check it, as absolute URLs of this server. */
@Component
class ReceiptLinks {

    static final String JWKS_PATH = "/api/v1/receipts/jwks/";
    static final String VERIFY_PATH = "/api/v1/receipts/verify";

    private final String baseUrl;

    ReceiptLinks(@Value("${policyhub.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String jwks(PracticeId practice) {
        return baseUrl + JWKS_PATH + practice;
    }

    String verify() {
        return baseUrl + VERIFY_PATH;
    }
}
