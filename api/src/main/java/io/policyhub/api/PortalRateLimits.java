package io.policyhub.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared set of limits for the portal's pages and API. */
@Configuration(proxyBeanMethods = false)
class PortalRateLimits {

    @Bean
    PortalRateLimitFilter portalRateLimitFilter(
            @Value("${policyhub.portal.rate-limit.per-ip-per-minute:600}") int perIp,
            @Value("${policyhub.portal.rate-limit.per-token-per-minute:60}") int perToken) {
        return new PortalRateLimitFilter(
                new RateLimiter(perIp, System::nanoTime), new RateLimiter(perToken, System::nanoTime));
    }

    /** Only in the security chains, never as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PortalRateLimitFilter>
            portalRateLimitFilterRegistration(PortalRateLimitFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
