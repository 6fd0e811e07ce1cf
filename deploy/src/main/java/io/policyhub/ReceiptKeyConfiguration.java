package io.policyhub;

import io.policyhub.evidence.KeyEncryptionKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The key that seals the practices' receipt signing keys comes from the environment
 * (POLICYHUB_RECEIPT_KEY_ENCRYPTION_KEY, checked by {@link RequiredSettings}); the local run makes its own.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class ReceiptKeyConfiguration {

    @Bean
    KeyEncryptionKey keyEncryptionKey(@Value("${policyhub.receipts.key-encryption-key}") String base64) {
        return KeyEncryptionKey.fromBase64(base64);
    }
}
