package io.policyhub.acknowledgement.portal;

import io.policyhub.acknowledgement.PortalTokens;
import io.policyhub.api.PortalRateLimitFilter;
import io.policyhub.api.PortalScopeFilter;
import io.policyhub.api.RequestSizeLimitFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The portal pages: no login (the link is the capability), but CSRF protection on the form (a cookie-backed
 * token, so no session is needed) and strict headers: no scripts at all, no framing, no referrer leaking
 * the link to other sites.
 */
@Configuration(proxyBeanMethods = false)
class PortalPageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(4)
    SecurityFilterChain portalPages(
            HttpSecurity http,
            PortalTokens portalTokens,
            PortalRateLimitFilter rateLimit,
            @Value("${policyhub.api.max-request-bytes:1048576}") long maxRequestBytes) {
        var csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookiePath("/portal");
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher("/portal/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(31_536_000)
                                .includeSubDomains(true)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new RequestSizeLimitFilter(maxRequestBytes), AuthorizationFilter.class)
                .addFilterAfter(new PortalScopeFilter(portalTokens), RequestSizeLimitFilter.class)
                .addFilterBefore(rateLimit, RequestSizeLimitFilter.class);
        return http.build();
    }
}
