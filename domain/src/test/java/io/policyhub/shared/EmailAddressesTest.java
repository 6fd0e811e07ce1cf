package io.policyhub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "a.b+tag@mail.example.co.uk", " padded@example.org "})
    void acceptsPlausibleAddresses(String address) {
        assertThat(EmailAddresses.valid("email", address)).isEqualTo(address.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "two@@example.com", "space in@example.com", "nodot@example", "a@b@c.com"})
    void refusesAnythingElseNamingTheField(String address) {
        assertThatThrownBy(() -> EmailAddresses.valid("email", address))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("email"));
    }
}
