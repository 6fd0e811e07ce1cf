package io.policyhub.template;

import java.util.List;

/** A parsed piece of a template body. */
sealed interface BodyNode {

    /** Text copied to the output as it is. */
    record Literal(String text) implements BodyNode {}

    /** {@code {{name}}}: the variable's value, escaped for Markdown. */
    record Insert(String name) implements BodyNode {}

    /**
     * {@code {{#name}}…{{/name}}}, or {@code {{^name}}…{{/name}}} when inverted: shown when the variable is true
     * or non-empty (once per item of a list), or, inverted, when it is false, empty or absent.
     */
    record Section(String name, boolean inverted, List<BodyNode> children) implements BodyNode {
        public Section {
            children = List.copyOf(children);
        }
    }
}
