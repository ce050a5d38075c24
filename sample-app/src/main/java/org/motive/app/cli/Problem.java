package org.motive.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.motive.json.MotiveJson;

/**
 * Why a line or a source got no decision: where it is ({@code file}, {@code line}), the request id
 * when it was read, the field at fault ({@code $} for the whole line) and a sentence.
 *
 * <p>As JSON it extends the error of {@link org.motive.json.InputException#toJson()} with
 * {@code file} and {@code id}: {@code {"file":"in.jsonl","line":3,"field":"message","error":"..."}}.
 */
record Problem(String source, int line, String requestId, String field, String message) {

    String toJson() {
        ObjectNode node = MotiveJson.mapper().createObjectNode();
        node.put("file", source);
        if (line > 0) {
            node.put("line", line);
        }
        if (requestId != null) {
            node.put("id", requestId);
        }
        node.put("field", field);
        node.put("error", message);
        return node.toString();
    }

    /** {@code in.jsonl line 3, field message: 'message' is required}. */
    String toText() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (requestId != null) {
            text.append(" (id ").append(requestId).append(')');
        }
        if (!"$".equals(field)) {
            text.append(", field ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
