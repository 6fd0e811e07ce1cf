package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The acknowledgements of the current practice: append-only evidence. */
public interface Acknowledgements {

    /**
     * Stores the acknowledgement unless this client already acknowledged this version, in which case the
     * earlier record is returned. Safe under concurrent double submits.
     */
    RecordedAcknowledgement recordIfAbsent(Acknowledgement acknowledgement);

    Optional<Acknowledgement> find(ClientId client, PolicyId policy, int version);

    Optional<Acknowledgement> findById(UUID id);

    /** The client's acknowledgements after {@code after}, oldest first: a keyset page that new ones never shift. */
    List<Acknowledgement> ofClient(ClientId client, Optional<AcknowledgementCursor> after, int limit);

    /** The acknowledgements of one version of a policy after {@code after}, oldest first. */
    List<Acknowledgement> ofVersion(PolicyId policy, int version, Optional<AcknowledgementCursor> after, int limit);

    /** Newest first, optionally only for one version. */
    Page<Acknowledgement> forPolicy(PolicyId policy, Optional<Integer> version, PageRequest page);

    /** Newest first. */
    Page<Acknowledgement> forClient(ClientId client, PageRequest page);
}
