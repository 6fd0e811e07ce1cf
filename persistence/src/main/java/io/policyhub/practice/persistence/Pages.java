package io.policyhub.practice.persistence;

import io.policyhub.shared.PageRequest;
import org.springframework.data.domain.Pageable;

/** Translates the domain's page requests to Spring Data's. */
public final class Pages {

    private Pages() {}

    public static Pageable of(PageRequest page) {
        return org.springframework.data.domain.PageRequest.of(page.page(), page.size());
    }
}
