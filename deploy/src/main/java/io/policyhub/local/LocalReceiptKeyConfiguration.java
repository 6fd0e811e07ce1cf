package io.policyhub.local;

import io.policyhub.evidence.KeyEncryptionKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The local run's key-encryption key: made on the first start and kept (readable by its owner only) next to
 * the local database, so receipt keys sealed under it still open after a restart.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalReceiptKeyConfiguration {

    @Bean
    KeyEncryptionKey keyEncryptionKey(@Value("${policyhub.local.data-directory}") Path dataDirectory)
            throws IOException {
        Path file = dataDirectory.resolve("receipt-key-encryption-key").toAbsolutePath();
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        }
        return KeyEncryptionKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
    }
}
