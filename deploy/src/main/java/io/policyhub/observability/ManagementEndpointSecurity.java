package io.policyhub.observability;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call the Actuator endpoints. Only health, info and prometheus are exposed at all. Health (status only,
 * no details) and info are public, and so are the probe paths {@code /livez} and {@code /readyz} on the main
 * port. The Prometheus scrape is served only when the endpoints have a management port of their own, which a
 * deployment keeps off the public ingress (see deploy/README.md); sharing the public port, it is refused.
 */
@Configuration(proxyBeanMethods = false)
class ManagementEndpointSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain managementEndpoints(HttpSecurity http, Environment environment) {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(new OrRequestMatcher(
                        EndpointRequest.toAnyEndpoint(),
                        EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, "health")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health", "info"))
                            .permitAll()
                            .requestMatchers(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, "health"))
                            .permitAll();
                    if (ownPort) {
                        requests.requestMatchers(EndpointRequest.to("prometheus"))
                                .permitAll();
                    }
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }
}
