package io.policyhub.practice.persistence;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeLogoRepository extends JpaRepository<PracticeLogoEntity, UUID> {}
