package io.policyhub.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = "# Policy\n\nIntro.\n\nContact us by email.\n\nReviews welcome.\n";

    @Test
    void changesOnEitherSideInDifferentPlacesMergeCleanly() {
        String ours = BASE.replace("Intro.", "Intro, as our practice says it.");
        String theirs = BASE.replace("Reviews welcome.", "Reviews welcome on Google.");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, ours, theirs, "draft", "template v2");

        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.text())
                .isEqualTo("# Policy\n\nIntro, as our practice says it.\n\nContact us by email.\n\n"
                        + "Reviews welcome on Google.\n");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        String both = BASE.replace("email", "phone");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, both, both, "draft", "template v2");

        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.text()).isEqualTo(both);
    }

    @Test
    void clashingChangesComeBackMarkedAndListed() {
        String ours = BASE.replace("Contact us by email.", "Contact us by text message.");
        String theirs = BASE.replace("Contact us by email.", "Contact us through the portal.");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, ours, theirs, "current draft", "template version 2");

        assertThat(outcome.clean()).isFalse();
        assertThat(outcome.text())
                .isEqualTo("# Policy\n\nIntro.\n\n<<<<<<< current draft\nContact us by text message.\n=======\n"
                        + "Contact us through the portal.\n>>>>>>> template version 2\n\nReviews welcome.\n");
        assertThat(outcome.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.line()).isEqualTo(5);
            assertThat(conflict.ours()).isEqualTo("Contact us by text message.\n");
            assertThat(conflict.base()).isEqualTo("Contact us by email.\n");
            assertThat(conflict.theirs()).isEqualTo("Contact us through the portal.\n");
        });
    }

    @Test
    void textWithoutAFinalNewlineOrWithWindowsLineEndsMerges() {
        MergeOutcome outcome = ThreeWayMerge.merge("a\r\nb", "a\nb\n", "a\nb\nc", "draft", "v2");

        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.text()).isEqualTo("a\nb\nc\n");
    }
}
