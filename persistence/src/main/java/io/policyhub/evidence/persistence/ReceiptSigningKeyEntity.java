package io.policyhub.evidence.persistence;

import io.policyhub.evidence.ReceiptSigningKey;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** Insert-only: the database refuses any change to a stored key, and so does this mapping. */
@Entity
@Immutable
@Table(name = "receipt_signing_key")
class ReceiptSigningKeyEntity {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    private String algorithm;

    @Column(name = "public_key")
    private byte[] publicKey;

    @Column(name = "sealed_private_key")
    private byte[] sealedPrivateKey;

    @Column(name = "sealed_with")
    private String sealedWith;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReceiptSigningKeyEntity() {
        this.keyId = "";
        this.practiceId = new UUID(0, 0);
        this.algorithm = ReceiptSigningKey.ALGORITHM;
        this.publicKey = new byte[0];
        this.sealedPrivateKey = new byte[0];
        this.sealedWith = "";
        this.createdAt = Instant.EPOCH;
    }

    ReceiptSigningKeyEntity(ReceiptSigningKey signingKey) {
        this.keyId = signingKey.keyId();
        this.practiceId = signingKey.practiceId().value();
        this.algorithm = ReceiptSigningKey.ALGORITHM;
        this.publicKey = signingKey.publicKey().getEncoded();
        this.sealedPrivateKey = signingKey.sealedPrivateKey();
        this.sealedWith = signingKey.sealedWith();
        this.createdAt = signingKey.createdAt();
    }

    ReceiptSigningKey toDomain() {
        return new ReceiptSigningKey(
                new PracticeId(practiceId),
                keyId,
                ReceiptSigningKey.publicKeyOf(publicKey),
                sealedPrivateKey,
                sealedWith,
                createdAt);
    }
}
