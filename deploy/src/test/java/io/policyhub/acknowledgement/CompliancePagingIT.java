package io.policyhub.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counts come with the page of outstanding clients: they must not depend on which page is asked for. */
class CompliancePagingIT extends IntegrationTest {

    private TestPractice practice;
    private String policy;
    private List<String> links;

    @BeforeEach
    void fourAssignedClientsOneOfWhomAcknowledged() {
        practice = newPractice("Compliance Paging Practice");
        policy = practice.createPolicy("Cancellation policy", "# Cancellations\nGive us a day's notice.\n");
        practice.publish(policy, "First version", "MAJOR");
        List<String> clients = List.of(
                practice.addClient("Dora Carrington", "dora@example.com"),
                practice.addClient("Alix Strachey", "alix@example.com"),
                practice.addClient("Clive Bell", "clive@example.com"),
                practice.addClient("Bea Howe", "bea@example.com"));
        links = practice.assign(policy, clients);
        assertThat(practice.acknowledgeInPortal(links.get(2), "Clive Bell").status())
                .isEqualTo(201);
    }

    @Test
    void everyPageCarriesTheSameCountsAndTheOutstandingClientsInNameOrder() {
        assertThat(namesOn(compliance(0, 2))).containsExactly("Alix Strachey", "Bea Howe");
        assertThat(namesOn(compliance(1, 2))).containsExactly("Dora Carrington");

        for (ApiResponse page : List.of(compliance(0, 2), compliance(1, 2), compliance(7, 2))) {
            assertThat(page.json().get("assigned").asInt()).as(page.toString()).isEqualTo(4);
            assertThat(page.json().get("acknowledged").asInt()).isEqualTo(1);
            assertThat(page.json().get("outstanding").asInt()).isEqualTo(3);
            assertThat(page.json().get("outstandingClients").get("total").asInt())
                    .isEqualTo(3);
        }
        assertThat(namesOn(compliance(7, 2))).as("a page past the end").isEmpty();
    }

    @Test
    void whenEveryoneHasAcknowledgedTheCountsStillCome() {
        practice.acknowledgeInPortal(links.get(0), "Dora Carrington");
        practice.acknowledgeInPortal(links.get(1), "Alix Strachey");
        practice.acknowledgeInPortal(links.get(3), "Bea Howe");

        ApiResponse all = compliance(0, 20);

        assertThat(all.json().get("assigned").asInt()).isEqualTo(4);
        assertThat(all.json().get("acknowledged").asInt()).isEqualTo(4);
        assertThat(all.json().get("outstanding").asInt()).isZero();
        assertThat(namesOn(all)).isEmpty();
    }

    private ApiResponse compliance(int page, int size) {
        ApiResponse response = practice.viewer()
                .get(practice.path("/policies/" + policy + "/compliance?page=" + page + "&size=" + size));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static List<String> namesOn(ApiResponse compliance) {
        return compliance.json().get("outstandingClients").get("items").values().stream()
                .map(client -> client.get("displayName").asString())
                .toList();
    }
}
