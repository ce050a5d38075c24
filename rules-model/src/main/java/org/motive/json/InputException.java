package org.motive.json;

/**
 * A request that cannot be read: the field at fault ({@code sender.name}, or {@code $} for the
 * whole line) and a sentence saying what is wrong. {@code line} is the 1-based line of a JSON Lines
 * input, or 0 for a single document.
 */
public final class InputException extends Exception {

    private final String field;
    private final int line;

    public InputException(String field, String message) {
        this(field, message, 0);
    }

    private InputException(String field, String message, int line) {
        super(message);
        this.field = field;
        this.line = line;
    }

    public String field() {
        return field;
    }

    public int line() {
        return line;
    }

    public InputException atLine(int lineNumber) {
        return new InputException(field, getMessage(), lineNumber);
    }

    /** The error as one JSON object: {@code {"line":3,"field":"message","error":"..."}}. */
    public String toJson() {
        var node = MotiveJson.mapper().createObjectNode();
        if (line > 0) {
            node.put("line", line);
        }
        node.put("field", field);
        node.put("error", getMessage());
        return node.toString();
    }
}
