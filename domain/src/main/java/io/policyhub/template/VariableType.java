package io.policyhub.template;

/** The kinds of value a template variable takes. */
public enum VariableType {
    /** One line of text. */
    STRING,
    /** Multi-line text. */
    TEXT,
    /** {@code true} or {@code false}: drives sections and inverted sections. */
    BOOLEAN,
    /** Exactly one of the variable's options. */
    CHOICE,
    /** Any number of the variable's options, each at most once, in the order given. */
    MULTI_CHOICE
}
