package io.policyhub.admin;

import io.policyhub.template.LibraryTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Aurora's answers to the social media template's questions, as the generated form posts them. */
final class AuroraAnswers {

    private AuroraAnswers() {}

    static List<Map.Entry<String, String>> form(int templateVersion) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("version", String.valueOf(templateVersion)));
        fields.add(Map.entry("title", "Social media policy"));
        LibraryTemplates.AURORA.forEach((name, value) -> {
            switch (value) {
                case List<?> options -> {
                    fields.add(Map.entry("_var." + name, "on"));
                    options.forEach(option -> fields.add(Map.entry("var." + name, String.valueOf(option))));
                }
                case Boolean ticked -> {
                    fields.add(Map.entry("_var." + name, "on"));
                    if (ticked) {
                        fields.add(Map.entry("var." + name, "true"));
                    }
                }
                default -> fields.add(Map.entry("var." + name, String.valueOf(value)));
            }
        });
        return fields;
    }
}
