package org.motive.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.motive.model.ContactRequest;
import org.motive.model.Verdict;

/** A request with the verdict it must get ({@code expected}) and why, as in {@code examples/*.jsonl}. */
public record LabelledRequest(ContactRequest request, Verdict expected, String why) {

    public static LabelledRequest parse(String json) throws InputException {
        ContactRequest request = RequestParser.parse(json);
        JsonNode node;
        try {
            node = MotiveJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new InputException("$", e.getMessage());
        }
        JsonNode expected = node.get("expected");
        if (expected == null || !expected.isTextual()) {
            throw new InputException("expected", "'expected' is required: ACCEPT, CLARIFY or DECLINE");
        }
        Verdict verdict;
        try {
            verdict = Verdict.fromWire(expected.asText());
        } catch (IllegalArgumentException e) {
            throw new InputException("expected", e.getMessage());
        }
        return new LabelledRequest(request, verdict, node.path("why").asText(null));
    }
}
