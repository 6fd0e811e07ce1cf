package io.policyhub.evidence;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;

/** What an attacker can do to a receipt: edit its payload, or sign their own claims with a key of their own. */
final class ForgedReceipts {

    private ForgedReceipts() {}

    /** The same header and signature, with the payload's JSON edited. */
    static String withEditedPayload(String receipt, UnaryOperator<String> edit) {
        String[] parts = receipt.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = edit.apply(json);
        if (edited.equals(json)) {
            throw new IllegalArgumentException("the edit changed nothing");
        }
        return parts[0] + "." + Base64URL.encode(edited.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The receipt's own claims and key id, signed with a freshly made key instead of the practice's. */
    static String resignedWithAnotherKey(String receipt, String keyId) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(receipt).getJWTClaimsSet();
        ECKey attacker = new ECKeyGenerator(Curve.P_256).generate();
        var forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(keyId)
                        .type(new JOSEObjectType("policyhub-receipt+jwt"))
                        .build(),
                claims);
        forged.sign(new ECDSASigner(attacker));
        return forged.serialize();
    }
}
