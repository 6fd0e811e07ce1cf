package io.policyhub.support;

import io.policyhub.local.DevelopmentIssuer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Lets the application provision in the same development issuer the tests take their tokens from. */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityConfiguration {

    /** Shared with the tests (and closed when their JVM exits), not by the context. */
    @Bean(destroyMethod = "")
    DevelopmentIssuer developmentIssuer() {
        return TestIssuer.get();
    }
}
