package io.policyhub.client.admin;

import io.policyhub.admin.UploadSizeLimit;
import io.policyhub.client.ClientImportFile;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns away a client file that is far too large before anything reads it, with the upload page's explanation. */
@Configuration(proxyBeanMethods = false)
class ClientImportSizeLimit {

    static final String PATH = "/admin/clients/import";
    static final String TOO_LARGE = "The file is larger than " + ClientImportFile.MAX_BYTES / 1024
            + " KB, the most that can be imported at once. Split it into smaller files.";
    /** The file plus a generous allowance for the form's other fields and the multipart envelope. */
    static final long MAX_REQUEST_BYTES = ClientImportFile.MAX_BYTES + 64 * 1024;

    @Bean
    FilterRegistrationBean<UploadSizeLimit> clientImportSizeLimitFilter() {
        return UploadSizeLimit.on(PATH, MAX_REQUEST_BYTES, PATH + "?too-large");
    }
}
