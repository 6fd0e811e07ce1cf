package io.policyhub.template;

/** Who owns a template. */
public enum TemplateKind {
    /** Shipped with the product and maintained by platform administrators; every practice may read it. */
    LIBRARY,
    /** One practice's own template, usually a copy of a library template it adapted. */
    PRACTICE
}
