package io.policyhub.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PolicyDiffIT extends IntegrationTest {

    private static final String V1 =
            "# Social media\n\nWe will not follow clients on Twitter.\n\nReviews are welcome.\n";
    private static final String V2 =
            "# Social media\n\nWe will never follow current or former clients on X.\n\nReviews are welcome.\n";

    private TestPractice practice;
    private String policy;

    @BeforeEach
    void twoVersions() {
        practice = newPractice("Diff Practice");
        policy = practice.createPolicy("Social media", V1);
        practice.publish(policy, "First", "MAJOR");
        practice.editDraft(policy, "Social media", V2);
        practice.publish(policy, "Channels", "MINOR");
    }

    private String diffPath(int number, String query) {
        return practice.path("/policies/" + policy + "/versions/" + number + "/diff" + query);
    }

    @Test
    void theDiffHasAUnifiedDiffWithVersionHeadersAndAWordDiffThatRebuildsBothVersions() {
        ApiResponse diff = practice.viewer().get(diffPath(2, "?against=1"));

        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        assertThat(diff.json().get("from").asInt()).isEqualTo(1);
        assertThat(diff.json().get("to").asInt()).isEqualTo(2);
        assertThat(diff.text("unified"))
                .startsWith("--- v1\n+++ v2\n@@ -1,5 +1,5 @@\n")
                .contains("\n-We will not follow clients on Twitter.\n")
                .contains("\n+We will never follow current or former clients on X.\n")
                .contains("\n Reviews are welcome.\n");
        JsonNode words = diff.json().get("words");
        assertThat(rebuilt(words, "INSERT")).isEqualTo(V1);
        assertThat(rebuilt(words, "DELETE")).isEqualTo(V2);
        assertThat(words.values().stream()
                        .map(w -> w.get("op").asString() + ":" + w.get("text").asString()))
                .contains("DELETE:not", "INSERT:never", "INSERT:current or former ", "DELETE:Twitter", "INSERT:X");
    }

    @Test
    void theUnifiedDiffAloneIsServedAsTextAndEitherVersionMayComeFirst() {
        ApiResponse text = practice.viewer().withHeader("Accept", "text/x-diff").get(diffPath(2, "?against=1"));
        ApiResponse backwards = practice.viewer().get(diffPath(1, "?against=2"));

        assertThat(text.status()).as(text.toString()).isEqualTo(200);
        assertThat(text.header("Content-Type")).hasValue("text/x-diff;charset=UTF-8");
        assertThat(text.raw())
                .isEqualTo(practice.viewer().get(diffPath(2, "?against=1")).text("unified"));
        assertThat(backwards.text("unified"))
                .startsWith("--- v2\n+++ v1\n")
                .contains("\n+We will not follow clients on Twitter.\n");
    }

    @Test
    void unknownVersionsAreNotFoundAndAMissingOrMalformedAgainstIsABadRequest() {
        assertProblem(practice.viewer().get(diffPath(3, "?against=1")), 404, "policy-not-found");
        assertProblem(practice.viewer().get(diffPath(2, "?against=7")), 404, "policy-not-found");
        assertProblem(
                practice.viewer()
                        .get(practice.path("/policies/00000000-0000-0000-0000-000000000000/versions/2/diff?against=1")),
                404,
                "policy-not-found");
        assertProblem(practice.viewer().get(diffPath(2, "")), 400, "http-400");
        assertProblem(practice.viewer().get(diffPath(2, "?against=one")), 400, "invalid-parameter");
    }

    @Test
    void anotherPracticeCannotDiffThisPracticesPolicy() {
        TestPractice other = newPractice("Other Practice");

        assertProblem(other.admin().get(diffPath(2, "?against=1")), 404, "practice-not-found");
        assertProblem(
                other.admin().get(other.path("/policies/" + policy + "/versions/2/diff?against=1")),
                404,
                "policy-not-found");
    }

    private static String rebuilt(JsonNode words, String skipped) {
        var text = new StringBuilder();
        for (JsonNode word : words.values()) {
            if (!word.get("op").asString().equals(skipped)) {
                text.append(word.get("text").asString());
            }
        }
        return text.toString();
    }

    private static void assertProblem(ApiResponse response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.text("type")).isEqualTo("https://policyhub.io/problems/" + slug);
    }
}
