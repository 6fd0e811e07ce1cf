package io.policyhub.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The one place that decides what an acceptable e-mail address is. */
public final class EmailAddresses {

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by sending.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {}

    public static String valid(String field, @Nullable String address) {
        if (address == null || address.isBlank()) {
            throw InvalidInput.of(field, "must not be blank");
        }
        String trimmed = address.strip();
        if (trimmed.length() > 254 || !ADDRESS.matcher(trimmed).matches()) {
            throw InvalidInput.of(field, "must be a valid e-mail address");
        }
        return trimmed;
    }
}
