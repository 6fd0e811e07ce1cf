package io.policyhub.practice;

/** A practice's logo, shown on its clients' portal pages. */
public class PracticeLogoManagement {

    private final Practices practices;
    private final PracticeLogos logos;

    public PracticeLogoManagement(Practices practices, PracticeLogos logos) {
        this.practices = practices;
        this.logos = logos;
    }

    /** Replaces the practice's logo with {@code content}, once it is recognised as a PNG or JPEG image. */
    public Practice change(PracticeId id, byte[] content) {
        Practice practice = practice(id);
        LogoImage image = LogoImage.of(content);
        logos.save(id, image);
        practice.showLogo(image.describe());
        return practices.save(practice);
    }

    public Practice remove(PracticeId id) {
        Practice practice = practice(id);
        logos.delete(id);
        practice.showLogo(null);
        return practices.save(practice);
    }

    public LogoImage get(PracticeId id) {
        practice(id);
        return logos.find(id).orElseThrow(() -> LogoNotFound.of(id));
    }

    private Practice practice(PracticeId id) {
        return practices.findById(id).orElseThrow(() -> PracticeNotFound.of(id));
    }
}
