package io.policyhub.evidence;

/** What checking a receipt found, from the first check that failed; only {@link #GENUINE} is a pass. */
public enum ReceiptVerdict {
    GENUINE("The receipt was signed by the practice and matches the stored acknowledgement and policy version."),
    MALFORMED("This is not a Policyhub receipt: it is not a compact JWS with the expected header and claims."),
    UNKNOWN_KEY("The receipt was not signed with any key of your practice."),
    SIGNATURE_INVALID("The signature does not match the receipt's content: it was altered or forged."),
    ACKNOWLEDGEMENT_MISMATCH("The signature is valid, but the stored acknowledgement is missing or says otherwise."),
    VERSION_MISMATCH(
            "The signature is valid, but the stored policy version no longer has the text the client agreed to.");

    private final String description;

    ReceiptVerdict(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
