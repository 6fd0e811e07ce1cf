package io.policyhub.acknowledgement.portal;

import org.jspecify.annotations.Nullable;

/**
 * The portal's "I have read and agree" form. An unticked checkbox is simply absent from a form post, hence the
 * nullable {@code agreed}.
 */
record AgreementForm(
        @Nullable String fullName,
        @Nullable Boolean agreed,
        @Nullable Integer version) {

    static AgreementForm empty(int version) {
        return new AgreementForm("", false, version);
    }
}
