package io.policyhub.practice.persistence;

import io.policyhub.practice.LogoImage;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeLogos;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
class JpaPracticeLogos implements PracticeLogos {

    private final PracticeLogoRepository repository;

    JpaPracticeLogos(PracticeLogoRepository repository) {
        this.repository = repository;
    }

    @Override
    public void save(PracticeId practice, LogoImage image) {
        repository
                .findById(practice.value())
                .ifPresentOrElse(
                        stored -> stored.replace(image.contentType(), image.bytes()),
                        () -> repository.save(
                                new PracticeLogoEntity(practice.value(), image.contentType(), image.bytes())));
    }

    @Override
    public Optional<LogoImage> find(PracticeId practice) {
        return repository
                .findById(practice.value())
                .map(stored -> LogoImage.stored(stored.contentType(), stored.image()));
    }

    @Override
    public void delete(PracticeId practice) {
        repository.deleteById(practice.value());
    }
}
