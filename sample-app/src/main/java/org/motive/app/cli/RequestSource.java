package org.motive.app.cli;

import java.util.function.Consumer;

/**
 * Where requests come from: a text on the command line, a JSON or JSON Lines file, standard input
 * or a bundled resource. A source hands its items over one at a time, in order, and never throws:
 * a problem reading it becomes an {@link InputItem.Unreadable} item and the next source is read.
 */
interface RequestSource {

    /** The name the user gave ({@code requests.jsonl}, {@code -}, {@code --text}). */
    String name();

    void read(Consumer<InputItem> sink);

    /**
     * Whether items may arrive slowly, as on a pipe from another program; then each decision is
     * flushed as soon as it is made instead of when the output buffer fills.
     */
    default boolean streaming() {
        return false;
    }
}
