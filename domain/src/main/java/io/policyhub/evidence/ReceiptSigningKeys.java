package io.policyhub.evidence;

import io.policyhub.practice.PracticeId;
import java.util.List;
import java.util.Optional;

/** The receipt signing keys of the current practice: insert-only, newest is the one in use. */
public interface ReceiptSigningKeys {

    void add(ReceiptSigningKey key);

    /** The key new receipts are signed with. */
    Optional<ReceiptSigningKey> newest();

    Optional<ReceiptSigningKey> find(String keyId);

    /** Newest first; a practice has a handful. */
    List<ReceiptSigningKey> all();

    /**
     * The public halves of any practice's keys, newest first. The one look-up across tenants, because public
     * keys are public: whoever holds a receipt may check it without an account.
     */
    List<PublicReceiptKey> publicKeysOf(PracticeId practice);
}
