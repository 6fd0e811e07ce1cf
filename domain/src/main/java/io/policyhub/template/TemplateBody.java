package io.policyhub.template;

import io.policyhub.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Markdown text of a template with its logic-less placeholders (see {@link BodyParser} for the syntax).
 * Rendering only ever looks values up by name in {@link VariableValues}: there are no expressions, no method
 * calls, no includes and no access to files or classes, so a body written by anyone is safe to render.
 */
public final class TemplateBody {

    public static final int MAX_SOURCE = 200_000;

    private final String source;
    private final List<BodyNode> nodes;

    public TemplateBody(String source) {
        if (source == null || source.isBlank()) {
            throw InvalidInput.of("body", "must not be blank");
        }
        if (source.length() > MAX_SOURCE) {
            throw InvalidInput.of("body", "must be at most " + MAX_SOURCE + " characters");
        }
        this.source = source;
        this.nodes = BodyParser.parse(source);
    }

    public String source() {
        return source;
    }

    /** Every variable name the body refers to, with {@code name.option} tests kept whole. */
    public Set<String> references() {
        var names = new LinkedHashSet<String>();
        collect(nodes, names);
        names.remove(".");
        return names;
    }

    private static void collect(List<BodyNode> nodes, Set<String> names) {
        for (BodyNode node : nodes) {
            switch (node) {
                case BodyNode.Insert insert -> names.add(insert.name());
                case BodyNode.Section section -> {
                    names.add(section.name());
                    collect(section.children(), names);
                }
                case BodyNode.Literal ignored -> {}
            }
        }
    }

    /**
     * Makes sure the body only names variables the schema declares, and {@code name.option} only options of a
     * choice variable.
     */
    public void requireDeclaredIn(VariableSchema schema) {
        var errors = new ArrayList<InvalidInput.FieldError>();
        for (String reference : references()) {
            int dot = reference.indexOf('.');
            String name = dot < 0 ? reference : reference.substring(0, dot);
            var variable = schema.variable(name);
            if (variable.isEmpty()) {
                errors.add(new InvalidInput.FieldError("body", "uses {{" + reference + "}}, which is not declared"));
            } else if (dot >= 0 && !variable.get().options().contains(reference.substring(dot + 1))) {
                errors.add(new InvalidInput.FieldError(
                        "body", "tests {{" + reference + "}}, but that is not an option of " + name));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInput.of(errors);
        }
    }

    /** The Markdown this body gives for the values. */
    public String render(VariableValues values) {
        return new BodyRenderer(values).render(nodes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TemplateBody body && body.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }

    @Override
    public String toString() {
        return source;
    }
}
