package io.policyhub.support;

import io.policyhub.PolicyhubApplication;
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
@Import(TestIdentityConfiguration.class)
public abstract class IntegrationTest {

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
