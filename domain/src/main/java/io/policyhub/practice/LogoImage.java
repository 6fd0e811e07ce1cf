package io.policyhub.practice;

import io.policyhub.shared.InvalidInput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A practice's logo: a PNG or JPEG image, recognised from its bytes (whatever type the upload claimed), no
 * larger than {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side. Other formats (SVG above all,
 * which can carry script) are refused.
 */
public final class LogoImage {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_SIDE = 2048;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private final String contentType;
    private final byte[] bytes;

    private LogoImage(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes;
    }

    /** Recognises the image from its content; refuses anything that is not a whole PNG or JPEG. */
    public static LogoImage of(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw LogoTooLarge.of(MAX_BYTES);
        }
        byte[] copy = content.clone();
        if (startsWith(copy, PNG_SIGNATURE)) {
            requireSize(pngSize(copy));
            return new LogoImage(PNG, copy);
        }
        if (copy.length > 4 && (copy[0] & 0xFF) == 0xFF && (copy[1] & 0xFF) == 0xD8 && (copy[2] & 0xFF) == 0xFF) {
            requireSize(jpegSize(copy));
            return new LogoImage(JPEG, copy);
        }
        throw notAnImage();
    }

    /** An image read back from storage, already checked when it was uploaded. */
    public static LogoImage stored(String contentType, byte[] bytes) {
        return new LogoImage(contentType, bytes.clone());
    }

    /** Width and height from the PNG header, if the file is a complete PNG. */
    private static int[] pngSize(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png);
        boolean header = png.length >= 33
                && buffer.getInt(8) == 13
                && "IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII));
        if (!header || !endsWith(png, PNG_END)) {
            throw notAnImage();
        }
        return new int[] {buffer.getInt(16), buffer.getInt(20)};
    }

    /** Width and height from the first start-of-frame segment, if the file is a complete JPEG. */
    private static int[] jpegSize(byte[] jpeg) {
        if ((jpeg[jpeg.length - 2] & 0xFF) != 0xFF || (jpeg[jpeg.length - 1] & 0xFF) != 0xD9) {
            throw notAnImage();
        }
        int at = 2;
        while (at + 3 < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                throw notAnImage();
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            boolean startOfFrame =
                    marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame && at + 8 < jpeg.length) {
                int height = ((jpeg[at + 5] & 0xFF) << 8) | (jpeg[at + 6] & 0xFF);
                int width = ((jpeg[at + 7] & 0xFF) << 8) | (jpeg[at + 8] & 0xFF);
                return new int[] {width, height};
            }
            if (marker == 0xDA || length < 2) {
                break; // image data before any frame header: not a usable JPEG
            }
            at += 2 + length;
        }
        throw notAnImage();
    }

    private static void requireSize(int[] size) {
        if (size[0] < 1 || size[1] < 1 || size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw InvalidInput.of(
                    "logo",
                    "must be between 1 and " + MAX_SIDE + " pixels wide and high, not " + size[0] + "×" + size[1]);
        }
    }

    private static InvalidInput notAnImage() {
        return InvalidInput.of("logo", "must be a PNG or JPEG image (its content is checked, not its declared type)");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean endsWith(byte[] content, byte[] suffix) {
        int from = content.length - suffix.length;
        return from >= 0 && Arrays.equals(content, from, content.length, suffix, 0, suffix.length);
    }

    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public Logo describe() {
        try {
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new Logo(contentType, sha256, bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
