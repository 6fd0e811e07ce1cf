package io.policyhub.policy.persistence;

import io.policyhub.policy.ChangeKind;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntity, PolicyVersionEntity.Key> {

    Page<PolicyVersionEntity> findByPolicyIdOrderByNumberDesc(UUID policyId, Pageable page);

    @Query(
            "select max(v.number) from PolicyVersionEntity v where v.policyId = :policyId and (v.changeKind = :major or v.number = 1)")
    Optional<Integer> bindingVersion(UUID policyId, ChangeKind major);
}
