package io.policyhub.api;

import static io.policyhub.api.Roles.AUTHORS;
import static io.policyhub.api.Roles.INTEGRATOR;
import static io.policyhub.api.Roles.MANAGERS;
import static io.policyhub.api.Roles.PLATFORM_ADMIN;
import static io.policyhub.api.Roles.PRACTICE_ADMIN;
import static io.policyhub.api.Roles.READERS;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.policyhub.acknowledgement.PortalTokens;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeMemberships;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Security of the machine-facing endpoints: the bearer-token REST API, the token-only portal API, and the
 * public API documentation.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Staff and integrations are invited or created by practice admins only: integrators never hand out access. */
    private static final String[] ACCESS_GRANTING = {"/api/v1/practices/*/members", "/api/v1/practices/*/integrations"};

    /** The practice's staff: listed, changed and removed (every method) by practice admins only. */
    private static final String[] TEAM = {"/api/v1/practices/*/members", "/api/v1/practices/*/members/*"};

    /** Every practice role may read the template library, and the platform administrators who maintain it. */
    private static final String[] LIBRARY_READERS = {
        PLATFORM_ADMIN, Roles.PRACTICE_VIEWER, Roles.PRACTICE_EDITOR, PRACTICE_ADMIN, INTEGRATOR
    };

    private final ProblemSecurityHandlers problems = new ProblemSecurityHandlers();

    @Bean
    @Order(1)
    SecurityFilterChain restApi(
            HttpSecurity http,
            PracticeMemberships memberships,
            PracticeAccessManagement access,
            @Value("${policyhub.api.max-request-bytes:1048576}") long maxRequestBytes) {
        http.securityMatcher("/api/**")
                // Bearer tokens only: no cookies, so nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(GET, "/api/v1/practices", "/api/v1/practices/*")
                                .authenticated()
                                .requestMatchers(POST, "/api/v1/practices")
                                .hasRole(PLATFORM_ADMIN)
                                .requestMatchers(PATCH, "/api/v1/practices/*")
                                .hasAnyRole(PLATFORM_ADMIN, PRACTICE_ADMIN, INTEGRATOR)
                                // Who is on the staff, with which role, is for admins: not readers, not integrators.
                                .requestMatchers(TEAM)
                                .hasRole(PRACTICE_ADMIN)
                                .requestMatchers(GET, "/api/v1/practices/*/**")
                                .hasAnyRole(READERS)
                                .requestMatchers(POST, "/api/v1/practices/*/policies")
                                .hasAnyRole(AUTHORS)
                                .requestMatchers(POST, "/api/v1/practices/*/policies/import")
                                .hasAnyRole(AUTHORS)
                                .requestMatchers(PUT, "/api/v1/practices/*/policies/*/draft")
                                .hasAnyRole(AUTHORS)
                                .requestMatchers(GET, "/api/v1/templates", "/api/v1/templates/**")
                                .hasAnyRole(LIBRARY_READERS)
                                .requestMatchers(POST, "/api/v1/templates/*/preview")
                                .hasAnyRole(LIBRARY_READERS)
                                .requestMatchers(POST, "/api/v1/templates", "/api/v1/templates/*/versions")
                                .hasRole(PLATFORM_ADMIN)
                                .requestMatchers(POST, "/api/v1/practices/*/templates/*/preview")
                                .hasAnyRole(READERS)
                                .requestMatchers(POST, "/api/v1/practices/*/templates")
                                .hasAnyRole(AUTHORS)
                                .requestMatchers(PUT, "/api/v1/practices/*/templates/*/draft")
                                .hasAnyRole(AUTHORS)
                                .requestMatchers(POST, "/api/v1/practices/*/policies/*/template-upgrade")
                                .hasAnyRole(AUTHORS)
                                // Integrators act for the practice but never hand out access to it.
                                .requestMatchers(POST, ACCESS_GRANTING)
                                .hasRole(PRACTICE_ADMIN)
                                .requestMatchers("/api/v1/practices/*/**")
                                .hasAnyRole(MANAGERS)
                                // Public keys are public: anyone holding a receipt may check its signature.
                                .requestMatchers(GET, "/api/v1/receipts/jwks/*")
                                .permitAll()
                                .requestMatchers(POST, "/api/v1/receipts/verify")
                                .hasAnyRole(READERS)
                                .anyRequest()
                                .denyAll())
                .addFilterAfter(new RequestSizeLimitFilter(maxRequestBytes), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new TenantScopeFilter(memberships, access), RequestSizeLimitFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalApi(
            HttpSecurity http,
            PortalTokens portalTokens,
            PortalRateLimitFilter rateLimit,
            @Value("${policyhub.api.max-request-bytes:1048576}") long maxRequestBytes) {
        http.securityMatcher("/portal/api/**")
                // The capability is the token in the path; no cookie or session ever authenticates a portal call.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Nobody signs in or out here and no request is saved for later: the filters (and request
                // wrappers) for that would only cost time on the portal's hot path.
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .servletApi(servletApi -> servletApi.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new RequestSizeLimitFilter(maxRequestBytes), AuthorizationFilter.class)
                .addFilterAfter(new PortalScopeFilter(portalTokens), RequestSizeLimitFilter.class)
                .addFilterBefore(rateLimit, RequestSizeLimitFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicEndpoints(HttpSecurity http) {
        // Actuator endpoints and the probe paths are secured by the application's ManagementEndpointSecurity.
        http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
