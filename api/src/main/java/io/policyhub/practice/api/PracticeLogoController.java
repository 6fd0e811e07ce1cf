package io.policyhub.practice.api;

import io.policyhub.practice.LogoImage;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeLogoManagement;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The practice's logo on its clients' portal pages: a PNG or JPEG, recognised from its bytes. */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/logo")
class PracticeLogoController {

    private final PracticeLogoManagement logos;

    PracticeLogoController(PracticeLogoManagement logos) {
        this.logos = logos;
    }

    @Operation(
            summary = "Upload or replace the logo (the image bytes as the body)",
            description = "PNG or JPEG only, at most 256 KiB and 2048 pixels a side. The type is recognised from"
                    + " the content; the Content-Type header is not trusted. Anything else is a 422, too large a 413.")
    @PutMapping(consumes = MediaType.ALL_VALUE)
    PracticeResponse upload(@PathVariable UUID practiceId, @RequestBody byte[] image) {
        return PracticeResponse.of(logos.change(new PracticeId(practiceId), image));
    }

    @Operation(summary = "The logo image")
    @GetMapping
    ResponseEntity<byte[]> image(@PathVariable UUID practiceId) {
        LogoImage logo = logos.get(new PracticeId(practiceId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(logo.bytes());
    }

    @Operation(summary = "Remove the logo: the portal shows the practice's name only")
    @DeleteMapping
    PracticeResponse remove(@PathVariable UUID practiceId) {
        return PracticeResponse.of(logos.remove(new PracticeId(practiceId)));
    }
}
