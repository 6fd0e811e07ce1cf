package io.policyhub.admin;

import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeMemberships;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Security of the staff admin pages under {@code /admin}: sign-in by OIDC authorization code with PKCE against
 * the configured issuer (any standard provider; Keycloak in production), a server-side session that times out,
 * CSRF tokens on every form and htmx request, a strict Content-Security-Policy (scripts and styles from our own
 * origin only), and roles checked on every handler. Its paths overlap none of the API's or the portal's chains.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class AdminSecurity {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new IssuerClientRegistrations(properties);
    }

    @Bean
    @Order(5)
    SecurityFilterChain adminPages(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            OAuth2ClientProperties properties,
            PracticeMemberships memberships,
            PracticeAccessManagement access,
            Clock clock) {
        var authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AdminPaths.AUTHORIZATION);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logoutAtIssuer = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutAtIssuer.setPostLogoutRedirectUri("{baseUrl}" + AdminPaths.SIGNED_OUT);
        var entryPoint = new AdminEntryPoint(AdminPaths.AUTHORIZATION + "/" + AdminPaths.REGISTRATION_ID);

        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.FORWARD, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(AdminPaths.ASSETS + "**", AdminPaths.WEBJARS + "**", AdminPaths.SIGNED_OUT)
                        .permitAll()
                        .requestMatchers(AdminPaths.CHOOSE_PRACTICE, AdminPaths.NO_ACCESS, AdminPaths.FORBIDDEN)
                        .authenticated()
                        .anyRequest()
                        .hasRole(StaffRole.VIEWER.realmRole()))
                .oauth2Login(login -> login.loginPage(AdminPaths.AUTHORIZATION + "/" + AdminPaths.REGISTRATION_ID)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(AdminPaths.LOGIN_CALLBACK))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new StaffAuthorities()))
                        .successHandler(new SignInMoment(clock)))
                .logout(logout -> logout.logoutUrl(AdminPaths.LOGOUT).logoutSuccessHandler(logoutAtIssuer))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new AdminAccessDeniedHandler(entryPoint)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(AdminContentSecurityPolicy.of(properties)))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(31_536_000)
                                .includeSubDomains(true)))
                .addFilterAfter(new AdminTenantScopeFilter(memberships, access), AuthorizationFilter.class);
        return http.build();
    }
}
