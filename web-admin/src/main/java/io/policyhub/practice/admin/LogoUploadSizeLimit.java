package io.policyhub.practice.admin;

import io.policyhub.admin.UploadSizeLimit;
import io.policyhub.practice.LogoImage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns away a logo that is far too large before anything reads it, with the settings page's explanation. */
@Configuration(proxyBeanMethods = false)
class LogoUploadSizeLimit {

    /** The image plus a generous allowance for the form's token and the multipart envelope. */
    static final long MAX_REQUEST_BYTES = LogoImage.MAX_BYTES + 64 * 1024;

    @Bean
    FilterRegistrationBean<UploadSizeLimit> logoUploadSizeLimitFilter() {
        return UploadSizeLimit.on(
                LogoAdminController.PATH,
                MAX_REQUEST_BYTES,
                SettingsPage.PATH + "?" + LogoAdminController.TOO_LARGE_PARAMETER);
    }
}
