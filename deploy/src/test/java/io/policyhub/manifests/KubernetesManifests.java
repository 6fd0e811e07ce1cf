package io.policyhub.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every resource of deploy/kubernetes, by kind and name, plus the kustomization that applies them. */
public record KubernetesManifests(Map<String, Map<String, Object>> resources, Map<String, Object> kustomization) {

    public static final Path DIRECTORY = Path.of("kubernetes");

    public static KubernetesManifests load() throws IOException {
        var resources = new LinkedHashMap<String, Map<String, Object>>();
        Map<String, Object> kustomization = Map.of();
        for (Path file : files()) {
            for (Map<String, Object> document : YamlFiles.documents(file)) {
                String kind = YamlFiles.text(document, "kind");
                if ("Kustomization".equals(kind)) {
                    kustomization = document;
                } else {
                    resources.put(kind + "/" + YamlFiles.text(document, "metadata", "name"), document);
                }
            }
        }
        return new KubernetesManifests(resources, kustomization);
    }

    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    public Map<String, Object> get(String kind, String name) {
        Map<String, Object> resource = resources.get(kind + "/" + name);
        if (resource == null) {
            throw new AssertionError("no " + kind + " " + name + " in " + DIRECTORY + ": " + resources.keySet());
        }
        return resource;
    }

    public List<Map<String, Object>> ofKind(String kind) {
        return resources.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(kind + "/"))
                .map(Map.Entry::getValue)
                .toList();
    }

    /**
     * The environment a pod template's first container gets: its ConfigMaps' data and its own variables, those
     * from Secrets checked to exist and given a placeholder value.
     */
    public Map<String, Object> environment(Map<String, Object> workload) {
        Object container = YamlFiles.at(workload, "spec", "template", "spec", "containers", 0);
        var environment = new LinkedHashMap<String, Object>();
        for (Object source : YamlFiles.list(container, "envFrom")) {
            String configMap = YamlFiles.text(source, "configMapRef", "name");
            environment.putAll(YamlFiles.map(get("ConfigMap", configMap), "data"));
        }
        for (Object variable : YamlFiles.list(container, "env")) {
            String name = YamlFiles.text(variable, "name");
            Object secretKey = YamlFiles.at(variable, "valueFrom", "secretKeyRef");
            if (secretKey != null) {
                Map<String, Object> secret = get("Secret", YamlFiles.text(secretKey, "name"));
                String key = YamlFiles.text(secretKey, "key");
                if (!YamlFiles.map(secret, "stringData").containsKey(key)) {
                    throw new AssertionError("Secret " + YamlFiles.text(secretKey, "name") + " has no key " + key);
                }
                environment.put(name, "(secret)");
            } else {
                environment.put(name, YamlFiles.text(variable, "value"));
            }
        }
        return environment;
    }

    public List<String> kustomizedFiles() {
        var files = new ArrayList<String>();
        YamlFiles.list(kustomization, "resources").forEach(file -> files.add(file.toString()));
        return files;
    }
}
