package io.policyhub.api;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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

    /**
     * Before Spring Security and everything else a portal request does (after the request id filter, so that a
     * wait is logged with the request), for the portal's pages and API alike.
     */
    @Bean
    FilterRegistrationBean<PortalAdmissionFilter> portalAdmissionFilter(
            @Value("${policyhub.portal.max-concurrent-requests:8}") int maxConcurrent,
            @Value("${policyhub.portal.max-admission-wait:10s}") Duration maxWait) {
        var registration = new FilterRegistrationBean<>(new PortalAdmissionFilter(maxConcurrent, maxWait));
        registration.addUrlPatterns("/portal/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Only in the security chains, never as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<PortalRateLimitFilter> portalRateLimitFilterRegistration(PortalRateLimitFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
