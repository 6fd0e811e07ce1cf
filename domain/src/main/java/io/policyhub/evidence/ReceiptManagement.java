package io.policyhub.evidence;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementNotFound;
import io.policyhub.acknowledgement.Acknowledgements;
import io.policyhub.policy.Policies;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeNotFound;
import io.policyhub.practice.Practices;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues signed receipts for the current practice's acknowledgements, verifies receipts against the stored
 * evidence, and keeps the practice's signing keys (created on first use, rotated on request).
 */
public class ReceiptManagement {

    private final Acknowledgements acknowledgements;
    private final Policies policies;
    private final Practices practices;
    private final ReceiptSigningKeys keys;
    private final ReceiptSignatures signatures;
    private final KeyEncryptionKey keyEncryptionKey;
    private final Clock clock;

    public ReceiptManagement(
            Acknowledgements acknowledgements,
            Policies policies,
            Practices practices,
            ReceiptSigningKeys keys,
            ReceiptSignatures signatures,
            KeyEncryptionKey keyEncryptionKey,
            Clock clock) {
        this.acknowledgements = acknowledgements;
        this.policies = policies;
        this.practices = practices;
        this.keys = keys;
        this.signatures = signatures;
        this.keyEncryptionKey = keyEncryptionKey;
        this.clock = clock;
    }

    public Receipt issue(UUID acknowledgementId) {
        Acknowledgement acknowledgement = acknowledgements
                .findById(acknowledgementId)
                .orElseThrow(() -> AcknowledgementNotFound.of(acknowledgementId));
        return issueAll(List.of(acknowledgement)).getFirst();
    }

    /** Receipts for acknowledgements of the current practice, opening the signing key once for all of them. */
    public List<Receipt> issueAll(List<Acknowledgement> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        PracticeId practice = batch.getFirst().practiceId();
        String practiceName = practices
                .findById(practice)
                .orElseThrow(() -> PracticeNotFound.of(practice))
                .name();
        ReceiptSigningKey key = keys.newest().orElseGet(() -> addKey(practice));
        ECPrivateKey privateKey = key.open(keyEncryptionKey);
        Instant now = clock.instant();
        Map<String, String> titles = new HashMap<>();
        return batch.stream()
                .map(ack -> {
                    String title = titles.computeIfAbsent(
                            ack.policyId() + "/" + ack.version(),
                            ignored -> version(ack).title());
                    ReceiptClaims claims = ReceiptClaims.of(ack, practiceName, title, now);
                    return new Receipt(claims, key.keyId(), signatures.sign(claims, key.keyId(), privateKey));
                })
                .toList();
    }

    private PolicyVersion version(Acknowledgement ack) {
        return policies.findVersion(ack.policyId(), ack.version())
                .orElseThrow(() -> new IllegalStateException(
                        "acknowledgement " + ack.id() + " names a version that does not exist"));
    }

    /**
     * Whether the receipt was signed with one of the current practice's keys and still states exactly what the
     * stored acknowledgement and policy version say. A key of another practice is simply unknown here.
     */
    public ReceiptVerification verify(String receipt) {
        Optional<String> keyId = signatures.keyIdOf(receipt);
        if (keyId.isEmpty()) {
            return ReceiptVerification.failed(ReceiptVerdict.MALFORMED);
        }
        Optional<ReceiptSigningKey> key = keys.find(keyId.get());
        if (key.isEmpty()) {
            return ReceiptVerification.unknownKey();
        }
        if (!signatures.signedBy(receipt, key.get().publicKey())) {
            return ReceiptVerification.failed(ReceiptVerdict.SIGNATURE_INVALID);
        }
        Optional<ReceiptClaims> claims = signatures.claimsOf(receipt);
        if (claims.isEmpty()) {
            return ReceiptVerification.failed(ReceiptVerdict.MALFORMED);
        }
        return new ReceiptVerification(matchEvidence(claims.get(), key.get()), keyId, claims);
    }

    private ReceiptVerdict matchEvidence(ReceiptClaims claims, ReceiptSigningKey key) {
        boolean acknowledged = claims.practiceId().equals(key.practiceId())
                && acknowledgements
                        .findById(claims.acknowledgementId())
                        .filter(claims::describes)
                        .isPresent();
        if (!acknowledged) {
            return ReceiptVerdict.ACKNOWLEDGEMENT_MISMATCH;
        }
        boolean sameText = policies.findVersion(claims.policyId(), claims.version())
                .filter(version -> version.contentHash().equals(claims.contentHash()))
                .isPresent();
        return sameText ? ReceiptVerdict.GENUINE : ReceiptVerdict.VERSION_MISMATCH;
    }

    /** Starts signing with a new key; receipts signed with the earlier ones stay verifiable. */
    public ReceiptSigningKey rotateKey(PracticeId practice) {
        return addKey(practice);
    }

    /** The current practice's keys, newest (the one in use) first. */
    public List<ReceiptSigningKey> keys() {
        return keys.all();
    }

    /** The public keys of any practice (none for an unknown one): public by design. */
    public List<PublicReceiptKey> publicKeys(PracticeId practice) {
        return keys.publicKeysOf(practice);
    }

    private ReceiptSigningKey addKey(PracticeId practice) {
        ReceiptSigningKey key = ReceiptSigningKey.generate(practice, keyEncryptionKey, clock.instant());
        keys.add(key);
        return key;
    }
}
