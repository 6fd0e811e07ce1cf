package io.policyhub.practice.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ReadableErrors;
import io.policyhub.practice.LogoImage;
import io.policyhub.practice.LogoTooLarge;
import io.policyhub.practice.PracticeLogoManagement;
import io.policyhub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice's logo on its clients' pages, uploaded and removed by its admins. The domain recognises the image
 * from its bytes and refuses anything else; a refused upload leaves the current logo exactly as it was.
 */
@AdminController
class LogoAdminController {

    static final String PATH = "/admin/settings/logo";
    static final String TOO_LARGE_PARAMETER = "logo-too-large";
    /** Shown in the logo's section: the form's action takes the browser back there, past the page's top. */
    static final String NOTICE = "logoNotice";

    static final String TOO_LARGE = "The logo is larger than " + LogoImage.MAX_BYTES / 1024
            + " KB, the most a logo may be. Save it smaller (for example 600 pixels wide) and upload it again.";

    private final PracticeLogoManagement logos;
    private final SettingsPage settingsPage;

    LogoAdminController(PracticeLogoManagement logos, SettingsPage settingsPage) {
        this.logos = logos;
        this.settingsPage = settingsPage;
    }

    @GetMapping(PATH)
    @ForAdmins
    ResponseEntity<byte[]> image() {
        LogoImage logo = logos.get(CurrentPractice.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .body(logo.bytes());
    }

    @PostMapping(PATH)
    @ForAdmins
    String upload(
            @RequestParam(name = "logo", required = false) @Nullable MultipartFile file,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, "Choose a PNG or JPEG image to upload.", response, model);
        }
        try {
            logos.change(CurrentPractice.id(), file.getBytes());
        } catch (LogoTooLarge tooLarge) {
            return refused(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, response, model);
        } catch (InvalidInput invalid) {
            String message = ReadableErrors.sentence(
                    "The logo", invalid.errors().getFirst().message());
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, message, response, model);
        }
        redirect.addFlashAttribute(NOTICE, "The new logo was saved; clients see it on their policy pages.");
        return "redirect:" + SettingsPage.PATH;
    }

    @PostMapping(PATH + "/remove")
    @ForAdmins
    String remove(RedirectAttributes redirect) {
        logos.remove(CurrentPractice.id());
        redirect.addFlashAttribute(NOTICE, "The logo was removed; clients' pages show the practice's name only.");
        return "redirect:" + SettingsPage.PATH;
    }

    private String refused(HttpStatus status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("logoError", message);
        return settingsPage.render(model);
    }
}
