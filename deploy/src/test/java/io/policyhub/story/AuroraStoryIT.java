package io.policyhub.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference customer's whole journey, end to end through the public API and the portal. */
class AuroraStoryIT extends IntegrationTest {

    private static final String SOCIAL_MEDIA_POLICY = """
            # Social media policy

            This policy is for the therapy clients of Aurora Mind and Body.

            ## Keeping boundaries
            We do not connect with current or former clients on personal social media accounts.

            ## Reviews and testimonials
            Our professional body does not allow us to publish testimonials.
            """;

    @Test
    void auroraPublishesAssignsAndCollectsAcknowledgementsAcrossMajorAndMinorVersions() {
        TestPractice aurora = newPractice("Aurora Mind and Body");

        String policy = aurora.createPolicy("Social media policy", SOCIAL_MEDIA_POLICY);
        ApiResponse v1 = aurora.publish(policy, "First version for clients", "MAJOR");
        assertThat(v1.json().get("number").asInt()).isEqualTo(1);

        String ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        String grace = aurora.addClient("Grace Hopper", "grace@example.com");
        String alan = aurora.addClient("Alan Turing", "alan@example.com");
        List<String> links = aurora.assign(policy, List.of(ada, grace, alan));

        assertThat(aurora.acknowledgeInPortal(links.get(0), "Ada Lovelace").status())
                .isEqualTo(201);
        assertThat(aurora.acknowledgeInPortal(links.get(1), "Grace Hopper").status())
                .isEqualTo(201);

        ApiResponse afterV1 = compliance(aurora, policy);
        assertThat(afterV1.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(afterV1.json().get("assigned").asInt()).isEqualTo(3);
        assertThat(afterV1.json().get("acknowledged").asInt()).isEqualTo(2);
        assertThat(afterV1.json().get("outstanding").asInt()).isEqualTo(1);
        assertThat(outstandingIds(afterV1)).containsExactly(alan);

        aurora.editDraft(
                policy,
                "Social media policy",
                SOCIAL_MEDIA_POLICY + "\n## Messages between sessions\nWe reply by e-mail only.\n");
        aurora.publish(policy, "New section on messages between sessions", "MAJOR");

        ApiResponse afterV2 = compliance(aurora, policy);
        assertThat(afterV2.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(afterV2.json().get("acknowledged").asInt()).isZero();
        assertThat(afterV2.json().get("outstanding").asInt()).isEqualTo(3);
        ApiResponse v1Evidence =
                aurora.viewer().get(aurora.path("/policies/" + policy + "/acknowledgements?version=1"));
        assertThat(v1Evidence.json().get("total").asInt()).isEqualTo(2);

        ApiResponse portalAfterMajor = aurora.anonymous().get("/portal/api/" + links.get(0));
        assertThat(portalAfterMajor.json().get("version").asInt()).isEqualTo(2);
        assertThat(portalAfterMajor.json().get("acknowledged").asBoolean()).isFalse();
        assertThat(aurora.acknowledgeInPortal(links.get(0), "Ada Lovelace").status())
                .isEqualTo(201);
        assertThat(aurora.acknowledgeInPortal(links.get(2), "Alan Turing").status())
                .isEqualTo(201);

        aurora.editDraft(
                policy,
                "Social media policy",
                SOCIAL_MEDIA_POLICY
                        + "\n## Messages between sessions\nWe reply by e-mail only, within two working days.\n");
        aurora.publish(policy, "Clarified reply times", "MINOR");

        ApiResponse afterV3 = compliance(aurora, policy);
        assertThat(afterV3.json().get("currentVersion").asInt()).isEqualTo(3);
        assertThat(afterV3.json().get("bindingVersion").asInt()).isEqualTo(2);
        assertThat(afterV3.json().get("acknowledged").asInt()).isEqualTo(2);
        assertThat(outstandingIds(afterV3)).containsExactly(grace);
    }

    private static ApiResponse compliance(TestPractice practice, String policy) {
        ApiResponse response = practice.viewer().get(practice.path("/policies/" + policy + "/compliance"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static List<String> outstandingIds(ApiResponse compliance) {
        return compliance.json().get("outstandingClients").get("items").values().stream()
                .map(client -> client.get("clientId").asString())
                .toList();
    }
}
