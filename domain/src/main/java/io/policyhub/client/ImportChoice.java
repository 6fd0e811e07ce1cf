package io.policyhub.client;

/** What to import from a checked client file. */
public enum ImportChoice {
    /** Everything or nothing: one bad row stops the whole file. */
    ALL_ROWS,
    /** The valid rows, leaving out the rows with problems (the admin saw them and chose to). */
    VALID_ROWS
}
