package io.policyhub.local;

import io.policyhub.assignment.Mailer;
import io.policyhub.practice.PracticeDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Without a Keycloak admin client configured, the local run and the tests provision in the development issuer. */
@Configuration(proxyBeanMethods = false)
@Profile("local | test")
@ConditionalOnExpression("'${policyhub.keycloak.admin-client-id:}'.isBlank()")
class DevelopmentDirectoryConfiguration {

    @Bean
    PracticeDirectory developmentDirectory(DevelopmentIssuer issuer, Mailer mailer) {
        return new DevelopmentDirectory(issuer, mailer);
    }
}
