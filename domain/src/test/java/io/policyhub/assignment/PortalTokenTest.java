package io.policyhub.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalTokenTest {

    @Test
    void tokensCarry256RandomBitsInUrlSafeText() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(PortalToken.generate().value());
        }

        assertThat(tokens).hasSize(1000).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        PortalToken token = PortalToken.generate();

        assertThat(token.hash()).isEqualTo(new PortalToken(token.value()).hash());
        assertThat(token.hash().hex()).hasSize(64).doesNotContain(token.value());
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void textThatCannotBeATokenIsRefused() {
        assertThat(PortalToken.looksLikeToken("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> new PortalToken("short")).isInstanceOf(InvalidInput.class);
    }
}
