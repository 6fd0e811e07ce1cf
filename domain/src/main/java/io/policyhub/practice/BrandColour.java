package io.policyhub.practice;

import io.policyhub.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A practice's brand colour, {@code #RRGGBB}. The portal puts text on it (the practice's name in the page
 * header): white text where that is readable, else the portal's dark text. A colour on which neither reaches
 * the WCAG 2.2 AA contrast of 4.5:1 is refused, so no practice can make its clients' pages unreadable.
 */
public record BrandColour(String hex) {

    public static final String WHITE = "#FFFFFF";
    /** The portal's body text colour, and the text put on light brand colours. */
    public static final String DARK_TEXT = "#1B1B1B";

    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern RRGGBB = Pattern.compile("#[0-9A-Fa-f]{6}");

    public BrandColour {
        if (hex == null || !RRGGBB.matcher(hex).matches()) {
            throw InvalidInput.of("brandColour", "must be a colour written as #RRGGBB, e.g. #1D4E89");
        }
        hex = hex.toUpperCase(Locale.ROOT);
        double onWhite = contrast(hex, WHITE);
        double onDark = contrast(hex, DARK_TEXT);
        if (onWhite < MINIMUM_CONTRAST && onDark < MINIMUM_CONTRAST) {
            throw InvalidInput.of(
                    "brandColour",
                    String.format(
                            Locale.ROOT,
                            "%s would make the practice's name hard to read: white text on it has a contrast of"
                                    + " %.2f:1 and dark text (%s) %.2f:1, but WCAG 2.2 AA needs at least %.1f:1."
                                    + " Choose a darker or a lighter shade.",
                            hex,
                            onWhite,
                            DARK_TEXT,
                            onDark,
                            MINIMUM_CONTRAST));
        }
    }

    /** The colour of text on this brand colour: white when readable, otherwise the dark text colour. */
    public String textColour() {
        return contrast(hex, WHITE) >= MINIMUM_CONTRAST ? WHITE : DARK_TEXT;
    }

    /** The WCAG 2.x contrast ratio of two {@code #RRGGBB} colours, from 1 (none) to 21 (black on white). */
    public static double contrast(String first, String second) {
        double a = relativeLuminance(first);
        double b = relativeLuminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex;
    }
}
