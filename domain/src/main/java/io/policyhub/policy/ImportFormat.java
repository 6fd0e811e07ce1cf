package io.policyhub.policy;

/** How the text of an imported policy is written. */
public enum ImportFormat {
    /** CommonMark: headings are already marked, so the structure is kept as written. */
    MARKDOWN,
    /** Plain text, as copied from a web page or a word processor: headings are recognised by their shape. */
    TEXT
}
