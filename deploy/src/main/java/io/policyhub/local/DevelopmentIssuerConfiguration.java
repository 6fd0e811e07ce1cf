package io.policyhub.local;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Runs the development issuer beside the local application, on the port the README documents. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevelopmentIssuerConfiguration {

    @Bean(destroyMethod = "close")
    DevelopmentIssuer developmentIssuer(
            @Value("${policyhub.local.issuer-port}") int port,
            @Value("${policyhub.local.token-lifetime-seconds}") long tokenLifetimeSeconds) {
        return DevelopmentIssuer.start(port, tokenLifetimeSeconds);
    }
}
