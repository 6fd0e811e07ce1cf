package io.policyhub.observability;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Installs the request id (before security, so even refused requests carry one) and the request log, and keeps
 * the per-request observation to the one that feeds {@code http_server_requests}.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservation implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // After the tracing observation filter (HIGHEST_PRECEDENCE + 1), long before Spring Security (-100).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Spring Security would otherwise observe each of its filters and every authorization decision, one
     * observation with events per filter: measured at about a tenth of the application's CPU for a portal
     * request, for metrics nobody reads (refusals are counted by status in {@code http_server_requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestLog());
    }
}
