package org.motive.app.cli;

/** How decisions are printed. */
enum OutputFormat {
    /** For a person: coloured verdict, summary, findings with their evidence, hint and reply. */
    TEXT,
    /** For a program: one decision a line (JSON Lines), in input order. */
    JSON
}
