package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class BrandColourTest {

    @Test
    void contrastFollowsTheWcagFormula() {
        assertThat(BrandColour.contrast("#000000", "#FFFFFF")).isEqualTo(21.0);
        assertThat(BrandColour.contrast("#FFFFFF", "#FFFFFF")).isEqualTo(1.0);
        assertThat(BrandColour.contrast("#767676", "#FFFFFF")).isBetween(4.54, 4.55);
    }

    @Test
    void darkColoursCarryWhiteTextAndLightOnesDarkText() {
        assertThat(new BrandColour("#1d4e89").hex()).isEqualTo("#1D4E89");
        assertThat(new BrandColour("#1D4E89").textColour()).isEqualTo(BrandColour.WHITE);
        assertThat(new BrandColour("#FFD700").textColour()).isEqualTo(BrandColour.DARK_TEXT);
    }

    @Test
    void aMidToneOnWhichNeitherTextReachesAaIsRefused() {
        for (String midTone : new String[] {"#FF0000", "#808080", "#E0457B"}) {
            assertThatThrownBy(() -> new BrandColour(midTone))
                    .as(midTone)
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("WCAG 2.2 AA needs at least 4.5:1");
        }
    }

    @Test
    void onlyHashAndSixHexDigitsIsAColour() {
        for (String notAColour : new String[] {"1D4E89", "#1D4E8", "#1D4E89FF", "blue", "#GGGGGG", "#1d4e89;}"}) {
            assertThatThrownBy(() -> new BrandColour(notAColour)).as(notAColour).hasMessageContaining("#RRGGBB");
        }
    }
}
