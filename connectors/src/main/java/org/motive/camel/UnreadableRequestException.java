package org.motive.camel;

import org.apache.camel.CamelException;

/**
 * A body that {@code motive:evaluate} cannot read as a contact request: malformed JSON, a JSON
 * field at fault ({@link #field()}), an e-mail without text, a body of an unknown type. It fails
 * the exchange, so the route's error handler can send the message to its dead letters.
 */
public final class UnreadableRequestException extends CamelException {

    private final String field;

    UnreadableRequestException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The JSON field at fault ({@code sender.name}, {@code $} for the whole document), or null. */
    public String field() {
        return field;
    }
}
