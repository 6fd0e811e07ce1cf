package io.policyhub.practice;

import io.policyhub.shared.Text;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A machine client (a practice-management system) to create for one practice.
 *
 * @param clientId unique among all clients: the practice's alias, then a random suffix
 * @param name what the practice calls it, e.g. the product it connects
 */
public record IntegratorClient(String clientId, String name) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static IntegratorClient of(Practice practice, String name) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return new IntegratorClient(
                practice.alias() + "-integration-" + HexFormat.of().formatHex(suffix),
                Text.required("name", name, 100));
    }
}
