package io.policyhub.assignment;

import io.policyhub.shared.InvalidInput;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a client's personal portal link: 256 random bits, base64url. It is shown once, when the link
 * is issued; only its {@link TokenHash} is stored.
 */
public record PortalToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public PortalToken {
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("token", "is not a portal token");
        }
    }

    public static PortalToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new PortalToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code text} could be a token at all: callers reject anything else before any look-up. */
    public static boolean looksLikeToken(String text) {
        return SHAPE.matcher(text).matches();
    }

    public TokenHash hash() {
        return TokenHash.of(this);
    }

    @Override
    public String toString() {
        return "PortalToken[redacted]";
    }
}
