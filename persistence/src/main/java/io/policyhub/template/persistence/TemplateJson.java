package io.policyhub.template.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.policyhub.template.TemplateVariable;
import io.policyhub.template.VariableSchema;
import io.policyhub.template.VariableType;
import io.policyhub.template.VariableValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON stored for variable schemas and chosen values. The format is the same one the library seed
 * changesets are written in, so it must stay compatible.
 */
public final class TemplateJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredVariable>> SCHEMA = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {};

    private TemplateJson() {}

    public static String schema(VariableSchema schema) {
        return JSON.writeValueAsString(
                schema.variables().stream().map(StoredVariable::of).toList());
    }

    public static VariableSchema schema(String json) {
        return new VariableSchema(JSON.readValue(json, SCHEMA).stream()
                .map(StoredVariable::toDomain)
                .toList());
    }

    public static String values(VariableValues values) {
        return JSON.writeValueAsString(values.values());
    }

    public static VariableValues values(String json) {
        Map<String, Object> values = JSON.readValue(json, VALUES);
        return new VariableValues(values);
    }

    record StoredVariable(
            String name,
            VariableType type,
            String label,
            @Nullable String helpText,
            @JsonProperty("default") @Nullable Object defaultValue,
            boolean required,
            @Nullable List<String> options) {

        static StoredVariable of(TemplateVariable v) {
            return new StoredVariable(
                    v.name(), v.type(), v.label(), v.helpText(), v.defaultValue(), v.required(), v.options());
        }

        TemplateVariable toDomain() {
            return new TemplateVariable(
                    name, type, label, helpText, defaultValue, required, options == null ? List.of() : options);
        }
    }
}
