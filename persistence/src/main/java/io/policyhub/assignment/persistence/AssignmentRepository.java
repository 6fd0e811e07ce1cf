package io.policyhub.assignment.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<AssignmentEntity, AssignmentEntity.Key> {}
