package io.policyhub.evidence.persistence;

import io.policyhub.evidence.PublicReceiptKey;
import io.policyhub.evidence.ReceiptSigningKey;
import io.policyhub.evidence.ReceiptSigningKeys;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.persistence.NativeRows;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
class JpaReceiptSigningKeys implements ReceiptSigningKeys {

    private final ReceiptSigningKeyRepository repository;
    private final EntityManager entityManager;

    JpaReceiptSigningKeys(ReceiptSigningKeyRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    public void add(ReceiptSigningKey key) {
        entityManager.persist(new ReceiptSigningKeyEntity(key));
    }

    @Override
    public Optional<ReceiptSigningKey> newest() {
        return repository.findFirstByOrderByCreatedAtDescKeyIdAsc().map(ReceiptSigningKeyEntity::toDomain);
    }

    @Override
    public Optional<ReceiptSigningKey> find(String keyId) {
        return repository.findById(keyId).map(ReceiptSigningKeyEntity::toDomain);
    }

    @Override
    public List<ReceiptSigningKey> all() {
        return repository.findAllByOrderByCreatedAtDescKeyIdAsc().stream()
                .map(ReceiptSigningKeyEntity::toDomain)
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PublicReceiptKey> publicKeysOf(PracticeId practice) {
        List<Object[]> rows = entityManager
                .createNativeQuery("select key_id, public_key, created_at from receipt_public_keys(?1)")
                .setParameter(1, practice.value())
                .getResultList();
        return rows.stream()
                .map(row -> new PublicReceiptKey(
                        (String) row[0], ReceiptSigningKey.publicKeyOf((byte[]) row[1]), NativeRows.instant(row[2])))
                .toList();
    }
}
