package org.motive.app.cli;

import org.motive.model.ContactRequest;

/**
 * One unit read from an input: a request ready to decide, or a problem that names where it is.
 * {@code source} is the file as the user named it ({@code -} for standard input); {@code line} is
 * 1-based, or 0 when the problem concerns the whole source.
 */
sealed interface InputItem permits InputItem.Readable, InputItem.Unreadable, InputItem.Deferred {

    String source();

    int line();

    /** A request that was read and validated. */
    record Readable(String source, int line, ContactRequest request) implements InputItem {
    }

    /**
     * An item whose reading is worth doing on another thread (parsing an e-mail costs about as
     * much as deciding it): {@code read} gives the readable or unreadable item.
     */
    record Deferred(String source, java.util.function.Supplier<InputItem> read) implements InputItem {

        @Override
        public int line() {
            return 0;
        }
    }

    /** Something that cannot be decided, with the field at fault ({@code $} for the whole line or source). */
    record Unreadable(String source, int line, String field, String message) implements InputItem {

        Problem problem() {
            return new Problem(source, line, null, field, message);
        }
    }
}
