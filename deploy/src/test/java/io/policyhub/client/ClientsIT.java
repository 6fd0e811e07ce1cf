package io.policyhub.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientsIT extends IntegrationTest {

    private TestPractice practice;

    @BeforeEach
    void practice() {
        practice = newPractice("Clients Practice");
    }

    @Test
    void clientsAreAddedReadChangedAndSearched() {
        ApiResponse added = practice.integrator()
                .post(
                        practice.path("/clients"),
                        Map.of("displayName", "Mary Shelley", "email", "mary@example.com", "externalRef", "PMS-7"));
        String id = added.text("id");
        practice.addClient("Percy Shelley", "percy@example.com");
        practice.addClient("Lord Byron", "byron@example.com");

        assertThat(added.status()).isEqualTo(201);
        assertThat(practice.viewer().get(practice.path("/clients/" + id)).text("externalRef"))
                .isEqualTo("PMS-7");

        var clearRef = new HashMap<String, Object>();
        clearRef.put("externalRef", null);
        clearRef.put("email", "mary.shelley@example.com");
        ApiResponse changed = practice.admin().patch(practice.path("/clients/" + id), clearRef);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("externalRef").isNull()).isTrue();
        assertThat(changed.text("email")).isEqualTo("mary.shelley@example.com");
        assertThat(changed.text("displayName")).isEqualTo("Mary Shelley");

        ApiResponse search = practice.viewer().get(practice.path("/clients?q=shelley"));
        assertThat(search.json().get("items").values())
                .extracting(c -> c.get("displayName").asString())
                .containsExactly("Mary Shelley", "Percy Shelley");
        assertThat(practice.admin()
                        .patch(practice.path("/clients/" + id), Map.of("email", "broken"))
                        .status())
                .isEqualTo(422);
        assertThat(practice.admin()
                        .patch(practice.path("/clients/" + id), Map.of("nickname", "M"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void erasingAClientKeepsTheirAcknowledgementsAsPseudonymisedEvidence() {
        String policy = practice.createPolicy("Data protection", "# Data\n\nWe keep notes for seven years.");
        practice.publish(policy, "First", "MAJOR");
        String client = practice.addClient("Erased Person", "erase.me@example.com");
        practice.acknowledgeInPortal(practice.assign(policy, List.of(client)).get(0), "Erased Person");

        assertThat(practice.admin().delete(practice.path("/clients/" + client)).status())
                .isEqualTo(204);

        assertThat(practice.viewer().get(practice.path("/clients/" + client)).status())
                .isEqualTo(404);
        assertThat(practice.viewer().get(practice.path("/clients")).raw()).doesNotContain("erase.me@example.com");
        ApiResponse evidence = practice.viewer().get(practice.path("/policies/" + policy + "/acknowledgements"));
        assertThat(evidence.json().get("total").asInt()).isEqualTo(1);
        assertThat(evidence.json().get("items").get(0).get("clientId").asString())
                .isEqualTo(client);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/compliance"))
                        .json()
                        .get("assigned")
                        .asInt())
                .isZero();
    }

    @Test
    void viewersAndEditorsCannotManageClients() {
        Map<String, Object> client = Map.of("displayName", "X", "email", "x@example.com");

        assertThat(practice.viewer().post(practice.path("/clients"), client).status())
                .isEqualTo(403);
        assertThat(practice.editor().post(practice.path("/clients"), client).status())
                .isEqualTo(403);
    }
}
