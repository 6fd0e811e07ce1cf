package io.policyhub;

import static io.policyhub.manifests.YamlFiles.at;
import static io.policyhub.manifests.YamlFiles.list;
import static io.policyhub.manifests.YamlFiles.map;
import static io.policyhub.manifests.YamlFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.policyhub.manifests.ImageBuild;
import io.policyhub.manifests.KubernetesManifests;
import io.policyhub.manifests.YamlFiles;
import io.policyhub.observability.ContainerHealthCheck;
import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The Kubernetes manifests and the compose file agree with the application they run: the image the build makes,
 * the ports and probe paths the running application serves, and every setting it refuses to start without.
 */
class DeploymentManifestsIT extends IntegrationTest {

    private static final Path COMPOSE = Path.of("compose", "compose.yaml");

    @LocalManagementPort
    private int managementPort;

    private ImageBuild build;
    private KubernetesManifests kubernetes;
    private Map<String, Object> deployment;
    private Map<String, Object> job;

    @BeforeEach
    void read() throws Exception {
        build = ImageBuild.fromPom();
        kubernetes = KubernetesManifests.load();
        deployment = kubernetes.get("Deployment", "policyhub");
        job = kubernetes.ofKind("Job").get(0);
    }

    @Test
    void theKustomizationAppliesEveryManifestAndTagsTheImageOfThisVersion() throws Exception {
        List<String> files = KubernetesManifests.files().stream()
                .map(file -> file.getFileName().toString())
                .filter(name -> !name.equals("kustomization.yaml"))
                .toList();

        assertThat(kubernetes.kustomizedFiles()).containsExactlyInAnyOrderElementsOf(files);
        Object image = list(kubernetes.kustomization(), "images").get(0);
        assertThat(text(image, "name")).isEqualTo(build.image());
        assertThat(text(image, "newTag")).isEqualTo(build.version());
    }

    @Test
    void podsTheMigrationJobAndComposeRunTheImageTheBuildMakesAsItsNonRootUser() throws Exception {
        Map<String, Object> compose = YamlFiles.documents(COMPOSE).get(0);

        assertThat(List.of(
                        text(container(deployment), "image"),
                        text(container(job), "image"),
                        text(compose, "services", "policyhub", "image"),
                        text(compose, "services", "migrate", "image")))
                .containsOnly(build.reference());
        for (Map<String, Object> workload : List.of(deployment, job)) {
            assertThat(at(workload, "spec", "template", "spec", "securityContext", "runAsUser"))
                    .isEqualTo(build.userId());
            assertThat(at(workload, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
                    .isEqualTo(true);
        }
    }

    @Test
    void theMigrationJobRunsTheMigrateCommandOncePerRelease() throws Exception {
        Map<String, Object> compose = YamlFiles.documents(COMPOSE).get(0);

        assertThat(list(container(job), "args")).containsExactly(DatabaseMigration.COMMAND);
        assertThat(list(compose, "services", "migrate", "command")).containsExactly(DatabaseMigration.COMMAND);
        assertThat(text(job, "metadata", "name"))
                .endsWith("-" + build.version().toLowerCase(Locale.ROOT).replace('.', '-'));
        assertThat(text(job, "spec", "template", "spec", "restartPolicy")).isEqualTo("Never");
        assertThat(text(compose, "services", "policyhub", "depends_on", "migrate", "condition"))
                .isEqualTo("service_completed_successfully");
    }

    @Test
    void probesAndTheMetricsScrapeHitEndpointsTheApplicationServes() {
        Map<String, Integer> livePorts = Map.of("http", port, "management", managementPort);
        Map<String, Object> container = container(deployment);
        Map<String, Integer> containerPorts = containerPorts(container);

        assertThat(containerPorts.values()).containsExactlyInAnyOrderElementsOf(build.ports());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String portName = text(container, probe, "httpGet", "port");
            String path = text(container, probe, "httpGet", "path");
            assertThat(portName).as(probe).isEqualTo("http");
            assertThat(get(livePorts.get(portName), path).status())
                    .as(probe + " " + path)
                    .isEqualTo(200);
        }
        assertThat(text(container, "readinessProbe", "httpGet", "path")).isEqualTo("/readyz");
        assertThat(text(container, "livenessProbe", "httpGet", "path")).isEqualTo("/livez");
        Map<String, Object> annotations = map(deployment, "spec", "template", "metadata", "annotations");
        int scrapePort = Integer.parseInt(annotations.get("prometheus.io/port").toString());
        assertThat(scrapePort).isEqualTo(containerPorts.get("management"));
        assertThat(get(managementPort, annotations.get("prometheus.io/path").toString())
                        .raw())
                .contains("policyhub_policies_published_total");
    }

    @Test
    void theManagementPortIsNeitherInTheServiceNorInTheIngress() {
        Map<String, Object> service = kubernetes.get("Service", "policyhub");
        Map<String, Object> ingress = kubernetes.get("Ingress", "policyhub");
        String managementPort =
                String.valueOf(containerPorts(container(deployment)).get("management"));

        assertThat(list(service, "spec", "ports")).allSatisfy(servicePort -> {
            assertThat(text(servicePort, "targetPort")).isEqualTo("http");
        });
        assertThat(kubernetes.environment(deployment).get("POLICYHUB_MANAGEMENT_PORT"))
                .isEqualTo(managementPort);
        assertThat(text(ingress, "spec", "rules", 0, "http", "paths", 0, "backend", "service", "port", "name"))
                .isEqualTo("http");
        assertThat(kubernetes.environment(deployment).get("POLICYHUB_FORWARD_HEADERS"))
                .isEqualTo("native");
    }

    @Test
    void applicationPodsGetEverySettingTheApplicationRequiresButNoSchemaOwnerCredentials() {
        Map<String, Object> environment = kubernetes.environment(deployment);

        assertThatCode(() -> requireSettings(environment, new SpringApplication()))
                .doesNotThrowAnyException();
        assertThat(environment)
                .containsEntry(RequiredSettings.MIGRATE_ON_START, "false")
                .doesNotContainKeys("POLICYHUB_DB_MIGRATION_USERNAME", "POLICYHUB_DB_MIGRATION_PASSWORD");
    }

    @Test
    void theMigrationJobGetsEverySettingTheMigrateCommandRequires() {
        assertThatCode(() -> requireSettings(kubernetes.environment(job), new DatabaseMigration()))
                .doesNotThrowAnyException();
    }

    @Test
    void serviceBudgetAndAutoscalerAllTargetTheApplicationPods() {
        Map<String, Object> podLabels = map(deployment, "spec", "template", "metadata", "labels");

        assertThat(podLabels).containsAllEntriesOf(map(kubernetes.get("Service", "policyhub"), "spec", "selector"));
        assertThat(podLabels)
                .containsAllEntriesOf(
                        map(kubernetes.get("PodDisruptionBudget", "policyhub"), "spec", "selector", "matchLabels"));
        Map<String, Object> autoscaler = kubernetes.get("HorizontalPodAutoscaler", "policyhub");
        assertThat(text(autoscaler, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat(text(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(text(deployment, "metadata", "name"));
        assertThat((Integer) at(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> resources = map(container(deployment), "resources");
        assertThat(map(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(map(resources, "limits")).containsKey("memory");
    }

    @Test
    void composeStartsTheApplicationWithEverySettingAgainstKeycloakWithTheRealmImported() throws Exception {
        Map<String, Object> compose = YamlFiles.documents(COMPOSE).get(0);
        Map<String, Object> application = interpolated(map(compose, "services", "policyhub", "environment"));
        Map<String, Object> keycloak = map(compose, "services", "keycloak");

        assertThatCode(() -> requireSettings(application, new SpringApplication()))
                .doesNotThrowAnyException();
        assertThatCode(() -> requireSettings(
                        interpolated(map(compose, "services", "migrate", "environment")), new DatabaseMigration()))
                .doesNotThrowAnyException();
        assertThat(list(keycloak, "volumes"))
                .contains("../keycloak/policyhub-realm.json:/opt/keycloak/data/import/policyhub-realm.json:ro");
        assertThat(list(keycloak, "command")).contains("--import-realm");
        // Tokens carry the issuer browsers see; the application must expect exactly that one.
        assertThat(application.get("POLICYHUB_ISSUER_URI"))
                .isEqualTo(text(keycloak, "environment", "KC_HOSTNAME") + "/realms/policyhub");
        assertThat(list(compose, "services", "policyhub", "ports")).contains("8080:8080");
        assertThat(list(compose, "services", "policyhub", "healthcheck", "test"))
                .contains(ContainerHealthCheck.class.getName(), "http://127.0.0.1:8080/readyz");
        Path realm =
                COMPOSE.getParent().resolve("../keycloak/policyhub-realm.json").normalize();
        if (Files.exists(realm)) { // written by the Keycloak work (issue 7); checked as soon as it is there
            assertThat(text(YamlFiles.documents(realm).get(0), "realm")).isEqualTo("policyhub");
        }
    }

    private static void requireSettings(Map<String, Object> variables, SpringApplication application) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("manifest", variables));
        new RequiredSettings().postProcessEnvironment(environment, application);
    }

    /** Compose's own interpolation, as with none of the variables set: {@code ${NAME:-default}} is the default. */
    private static Map<String, Object> interpolated(Map<String, Object> environment) {
        var values = new LinkedHashMap<String, Object>();
        environment.forEach(
                (name, value) -> values.put(name, String.valueOf(value).replaceAll("\\$\\{\\w+:-([^}]*)}", "$1")));
        return values;
    }

    private static Map<String, Object> container(Map<String, Object> workload) {
        return map(workload, "spec", "template", "spec", "containers", 0);
    }

    private static Map<String, Integer> containerPorts(Map<String, Object> container) {
        var ports = new LinkedHashMap<String, Integer>();
        list(container, "ports").forEach(port -> ports.put(text(port, "name"), (Integer) at(port, "containerPort")));
        return ports;
    }

    private static ApiResponse get(int port, String path) {
        return Api.anonymous("http://localhost:" + port).get(path);
    }
}
