package io.policyhub.support;

import io.policyhub.PolicyhubApplication;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a random port, against the shared real PostgreSQL
 * and the development issuer, configured through the same properties production uses.
 */
@SpringBootTest(classes = PolicyhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestIdentityConfiguration.class, SendingMailers.class})
public abstract class IntegrationTest {

    /** Seals receipt signing keys in the tests' database; one per test run, as the database is. */
    public static final String RECEIPT_KEY_ENCRYPTION_KEY = randomKey();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realDependencies(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", () -> TestDatabase.APP_ROLE);
        registry.add("spring.datasource.password", () -> TestDatabase.APP_PASSWORD);
        registry.add("spring.liquibase.url", database::jdbcUrl);
        registry.add("spring.liquibase.user", database::superuser);
        registry.add("spring.liquibase.password", database::superuserPassword);
        registry.add("spring.liquibase.parameters.app_role", () -> TestDatabase.APP_ROLE);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> TestIssuer.get().issuerUri());
        registry.add("policyhub.portal.base-url", () -> "https://portal.policyhub.test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestMailServer.get().port());
        registry.add("policyhub.mail.dispatch.interval", () -> "PT0.2S");
        // As in production: Actuator on a management port of its own (probes stay on the main port).
        registry.add("management.server.port", () -> "0");
        registry.add("policyhub.receipts.key-encryption-key", () -> RECEIPT_KEY_ENCRYPTION_KEY);
        // Small pages, so a bundle of a few acknowledgements already spans several of them.
        registry.add("policyhub.evidence.bundle-page-size", () -> "3");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected Api anonymous() {
        return Api.anonymous(baseUrl());
    }

    /** A new practice of its own, with an identity for each role, so tests never share data. */
    protected TestPractice newPractice(String name) {
        return TestPractice.register(anonymous(), name);
    }
}
