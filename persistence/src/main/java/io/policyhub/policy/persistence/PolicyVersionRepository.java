package io.policyhub.policy.persistence;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntity, PolicyVersionEntity.Key> {

    Page<PolicyVersionEntity> findByPolicyIdOrderByNumberDesc(UUID policyId, Pageable page);
}
