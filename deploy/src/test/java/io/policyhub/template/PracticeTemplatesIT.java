package io.policyhub.template;

import static io.policyhub.template.LibraryTemplates.AURORA;
import static io.policyhub.template.LibraryTemplates.CANCELLATION;
import static io.policyhub.template.LibraryTemplates.SOCIAL_MEDIA;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PracticeTemplatesIT extends IntegrationTest {

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
    }

    private ApiResponse copy(TestPractice practice, String libraryTemplate) {
        ApiResponse copied =
                practice.editor().post(practice.path("/templates"), Map.of("libraryTemplateId", libraryTemplate));
        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        return copied;
    }

    private static Map<String, Object> edited(JsonNode template, String body) {
        var request = new HashMap<String, Object>();
        request.put("title", template.get("title").asString());
        request.put("description", template.get("description").asString());
        request.put("category", template.get("category").asString());
        request.put("body", body);
        request.put("variables", template.get("variables"));
        return request;
    }

    @Test
    void aPracticeCopiesALibraryTemplateEditsItsDraftAndPublishesIt() {
        ApiResponse copied = copy(aurora, SOCIAL_MEDIA);
        String id = copied.text("id");
        assertThat(copied.text("kind")).isEqualTo("PRACTICE");
        assertThat(copied.json().get("copiedFrom").get("templateId").asString()).isEqualTo(SOCIAL_MEDIA);
        assertThat(copied.json().get("latestVersion").isNull()).isTrue();
        assertThat(copied.header("ETag")).hasValue("\"1\"");

        String body = copied.text("body").replace("# Social media policy", "# Social media at {{practiceName}}");
        String draft = aurora.path("/templates/" + id + "/draft");
        assertThat(aurora.editor().put(draft, edited(copied.json(), body)).status())
                .isEqualTo(428);
        ApiResponse saved = aurora.editor().withHeader("If-Match", "\"1\"").put(draft, edited(copied.json(), body));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).hasValue("\"2\"");
        ApiResponse stale = aurora.editor().withHeader("If-Match", "\"1\"").put(draft, edited(copied.json(), "# Lost"));
        assertThat(stale.status()).isEqualTo(412);

        ApiResponse preview =
                aurora.viewer().post(aurora.path("/templates/" + id + "/preview"), Map.of("variables", AURORA));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.text("markdown")).startsWith("# Social media at Aurora Mind and Body Ltd\n");

        String versions = aurora.path("/templates/" + id + "/versions");
        assertThat(aurora.editor().post(versions, Map.of()).status()).isEqualTo(403);
        ApiResponse published = aurora.admin().post(versions, Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(1);
        assertThat(published.text("body")).startsWith("# Social media at {{practiceName}}");

        ApiResponse list = aurora.viewer().get(aurora.path("/templates"));
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("latestVersion").asInt()).isEqualTo(1);
        assertThat(aurora.viewer().get("/api/v1/templates/" + SOCIAL_MEDIA).text("body"))
                .as("the library's own template is untouched")
                .startsWith("# Social media policy\n");
    }

    @Test
    void aPracticeTemplateCanBeWrittenFromScratchButItsBodyMustUseDeclaredVariables() {
        Map<String, Object> template = LibraryTemplates.feesTemplate("Our fees", "# Fees at {{practiceName}}\n");
        ApiResponse created = aurora.editor().post(aurora.path("/templates"), Map.of("template", template));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("copiedFrom").isNull()).isTrue();

        ApiResponse both = aurora.editor()
                .post(aurora.path("/templates"), Map.of("template", template, "libraryTemplateId", CANCELLATION));
        assertThat(both.status()).isEqualTo(422);
        ApiResponse undeclared = aurora.editor()
                .post(
                        aurora.path("/templates"),
                        Map.of("template", LibraryTemplates.feesTemplate("Our fees", "{{fee}}")));
        assertThat(undeclared.status()).isEqualTo(422);
        assertThat(aurora.viewer()
                        .post(aurora.path("/templates"), Map.of("libraryTemplateId", CANCELLATION))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherPracticeCanNeitherSeeNorChangeAPracticesTemplates() {
        ApiResponse copied = copy(aurora, CANCELLATION);
        String id = copied.text("id");
        TestPractice other = newPractice("Northside Counselling");

        assertThat(other.admin().get(other.path("/templates/" + id)).status()).isEqualTo(404);
        assertThat(other.admin()
                        .withHeader("If-Match", "\"1\"")
                        .put(other.path("/templates/" + id + "/draft"), edited(copied.json(), "# Hijacked\n"))
                        .status())
                .isEqualTo(404);
        assertThat(other.admin()
                        .post(other.path("/templates/" + id + "/versions"), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(other.admin()
                        .post(other.path("/templates/" + id + "/preview"), Map.of("variables", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(other.admin()
                        .post(other.path("/policies"), Map.of("templateId", id, "variables", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(other.admin()
                        .get(other.path("/templates"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(other.admin().get(aurora.path("/templates/" + id)).status()).isEqualTo(404);

        ApiResponse unchanged = aurora.admin().get(aurora.path("/templates/" + id));
        assertThat(unchanged.header("ETag")).hasValue("\"1\"");
        assertThat(unchanged.text("body")).isEqualTo(copied.text("body"));
        assertThat(unchanged.json().get("latestVersion").isNull()).isTrue();
    }
}
