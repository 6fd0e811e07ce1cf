package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    /** A 1×1 PNG and the smallest JPEG with a frame header, byte for byte. */
    private static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    + "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");

    private static final byte[] JPEG =
            HexFormat.of().parseHex("ffd8ffe000104a46494600010100000100010000" + "ffc0000b080020004001011100" + "ffd9");

    @Test
    void pngAndJpegAreRecognisedFromTheirBytesWithTheirSize() {
        assertThat(LogoImage.of(PNG).contentType()).isEqualTo(LogoImage.PNG);
        assertThat(LogoImage.of(JPEG).contentType()).isEqualTo(LogoImage.JPEG);
        assertThat(LogoImage.of(PNG).describe().size()).isEqualTo(PNG.length);
        assertThat(LogoImage.of(PNG).describe().sha256()).hasSize(64);
    }

    @Test
    void otherFormatsAndCutOffFilesAreRefused() {
        byte[][] refused = {
            "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(),
            "GIF89a".getBytes(),
            Arrays.copyOf(PNG, PNG.length - 1),
            Arrays.copyOf(JPEG, JPEG.length - 2),
            new byte[0]
        };
        for (byte[] content : refused) {
            assertThatThrownBy(() -> LogoImage.of(content)).hasMessageContaining("must be a PNG or JPEG image");
        }
    }

    @Test
    void imagesLargerThanTheLimitsAreRefused() {
        byte[] wide = PNG.clone();
        ByteBuffer.wrap(wide).putInt(16, 4000);
        byte[] tall = JPEG.clone();
        tall[25] = 0x10; // height 0x1000 = 4096

        assertThatThrownBy(() -> LogoImage.of(wide)).hasMessageContaining("4000×1");
        assertThatThrownBy(() -> LogoImage.of(tall)).hasMessageContaining("2048");
        assertThatThrownBy(() -> LogoImage.of(new byte[LogoImage.MAX_BYTES + 1]))
                .isInstanceOf(LogoTooLarge.class);
    }
}
