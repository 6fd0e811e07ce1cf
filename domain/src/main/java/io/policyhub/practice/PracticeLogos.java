package io.policyhub.practice;

import java.util.Optional;

/** The logo images of practices, kept apart from their profiles; scoped to the current practice. */
public interface PracticeLogos {

    void save(PracticeId practice, LogoImage image);

    Optional<LogoImage> find(PracticeId practice);

    void delete(PracticeId practice);
}
