package io.policyhub.acknowledgement;

/** The stored acknowledgement and whether this call created it (false: it already existed). */
public record RecordedAcknowledgement(Acknowledgement acknowledgement, boolean created) {}
