package io.policyhub.evidence.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.client.ClientId;
import io.policyhub.evidence.ReceiptClaims;
import io.policyhub.evidence.ReceiptSignatures;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Receipts as compact JWS (RFC 7515) with ES256, typed {@value #TYPE}, the key named in {@code kid} and the
 * claims as a JWT claims set. Only that exact shape is read back; anything else is not a receipt.
 */
@Component
class JoseReceiptSignatures implements ReceiptSignatures {

    static final String TYPE = "policyhub-receipt+jwt";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Override
    public String sign(ReceiptClaims claims, String keyId, ECPrivateKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(keyId)
                .type(new JOSEObjectType(TYPE))
                .build();
        JWTClaimsSet body = new JWTClaimsSet.Builder()
                .issueTime(Date.from(claims.issuedAt()))
                .claim("practiceId", claims.practiceId().toString())
                .claim("practiceName", claims.practiceName())
                .claim("acknowledgementId", claims.acknowledgementId().toString())
                .claim("clientId", claims.clientId().toString())
                .claim("fullName", claims.fullName())
                .claim("policyId", claims.policyId().toString())
                .claim("policyTitle", claims.policyTitle())
                .claim("version", claims.version())
                .claim("contentHash", claims.contentHash().hex())
                .claim("acknowledgedAt", claims.acknowledgedAt().toString())
                .claim("method", claims.method().name())
                .claim("ipAddress", claims.ipAddress())
                .build();
        SignedJWT jws = new SignedJWT(header, body);
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a receipt with key " + keyId, e);
        }
        return jws.serialize();
    }

    @Override
    public Optional<String> keyIdOf(String receipt) {
        return parse(receipt).map(jws -> jws.getHeader().getKeyID());
    }

    @Override
    public Optional<PracticeId> claimedPracticeOf(String receipt) {
        return parse(receipt).flatMap(jws -> {
            try {
                return Optional.of(new PracticeId(UUID.fromString(text(jws.getJWTClaimsSet(), "practiceId"))));
            } catch (ParseException | IllegalArgumentException notAPractice) {
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean signedBy(String receipt, ECPublicKey key) {
        return parse(receipt)
                .map(jws -> {
                    try {
                        return jws.verify(new ECDSAVerifier(key));
                    } catch (JOSEException e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    @Override
    public Optional<ReceiptClaims> claimsOf(String receipt) {
        return parse(receipt).flatMap(jws -> {
            try {
                return Optional.of(claims(jws.getJWTClaimsSet()));
            } catch (ParseException | IllegalArgumentException | DateTimeParseException incomplete) {
                return Optional.empty();
            }
        });
    }

    private static ReceiptClaims claims(JWTClaimsSet set) throws ParseException {
        Date issued = set.getIssueTime();
        if (issued == null) {
            throw new IllegalArgumentException("no iat");
        }
        Object version = set.getClaim("version");
        if (!(version instanceof Number number) || number.longValue() != number.intValue()) {
            throw new IllegalArgumentException("version is not a number");
        }
        return new ReceiptClaims(
                new PracticeId(UUID.fromString(text(set, "practiceId"))),
                text(set, "practiceName"),
                UUID.fromString(text(set, "acknowledgementId")),
                new ClientId(UUID.fromString(text(set, "clientId"))),
                text(set, "fullName"),
                new PolicyId(UUID.fromString(text(set, "policyId"))),
                text(set, "policyTitle"),
                number.intValue(),
                new ContentHash(text(set, "contentHash")),
                Instant.parse(text(set, "acknowledgedAt")),
                AcknowledgementMethod.valueOf(text(set, "method")),
                set.getStringClaim("ipAddress"),
                issued.toInstant());
    }

    private static String text(JWTClaimsSet set, String name) throws ParseException {
        @Nullable String value = set.getStringClaim(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    /** The receipt's structure and header, with nothing trusted yet. */
    private static Optional<SignedJWT> parse(String receipt) {
        try {
            SignedJWT jws = SignedJWT.parse(receipt.strip());
            JWSHeader header = jws.getHeader();
            boolean ours = JWSAlgorithm.ES256.equals(header.getAlgorithm())
                    && header.getType() != null
                    && TYPE.equals(header.getType().getType())
                    && header.getKeyID() != null
                    && KEY_ID.matcher(header.getKeyID()).matches()
                    && (header.getCriticalParams() == null
                            || header.getCriticalParams().isEmpty());
            return ours ? Optional.of(jws) : Optional.empty();
        } catch (ParseException notAJws) {
            return Optional.empty();
        }
    }
}
