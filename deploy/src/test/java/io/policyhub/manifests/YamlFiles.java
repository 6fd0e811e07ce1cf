package io.policyhub.manifests;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML files (every document of each) and walks them by keys and list indexes. */
public final class YamlFiles {

    private YamlFiles() {}

    public static List<Map<String, Object>> documents(Path file) throws IOException {
        var documents = new ArrayList<Map<String, Object>>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document :
                    new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    /** The node at {@code path} (map keys and list indexes), or null where the path leads nowhere. */
    public static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    public static String text(Object node, Object... path) {
        Object value = at(node, path);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }
}
