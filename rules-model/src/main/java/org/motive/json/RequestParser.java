package org.motive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;
import org.motive.model.ContactRequest;

/** Turns one JSON document into a validated {@link ContactRequest}, or an error naming the field. */
public final class RequestParser {

    private RequestParser() {
    }

    /** One JSON document, pretty-printed or not: {@code {"id": "r1", "message": "..."}}. */
    public static ContactRequest parse(String json) throws InputException {
        JsonNode node;
        try {
            node = MotiveJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException("$", "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new InputException("$", "empty input: expected a JSON object");
        }
        if (!node.isObject()) {
            throw new InputException("$", "expected a JSON object, found " + node.getNodeType().name().toLowerCase());
        }
        requireText(node, "id", false);
        requireText(node, "message", true);
        ContactRequest request;
        try {
            request = MotiveJson.mapper().treeToValue(node, ContactRequest.class);
        } catch (JsonMappingException e) {
            throw new InputException(path(e), describe(e));
        } catch (JsonProcessingException e) {
            throw new InputException("$", e.getOriginalMessage());
        }
        if (request.language() != null && !request.language().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]+)*")) {
            throw new InputException("language", "'" + request.language() + "' is not an ISO 639-1 code such as fr");
        }
        return request;
    }

    private static void requireText(JsonNode node, String field, boolean mayBeEmpty) throws InputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InputException(field, "'" + field + "' is required");
        }
        if (!value.isTextual()) {
            throw new InputException(field, "'" + field + "' must be a string, found "
                    + value.getNodeType().name().toLowerCase());
        }
        if (!mayBeEmpty && value.asText().isBlank()) {
            throw new InputException(field, "'" + field + "' must not be empty");
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            return shorten(cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            String found = e instanceof InvalidFormatException ife ? ", found " + ife.getValue() : "";
            return "wrong type: expected " + typeName(mie.getTargetType()) + found;
        }
        return shorten(e.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of its documented values";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO-8601 date-time such as 2026-11-20T09:15:00Z";
        }
        return "an object";
    }

    private static String shorten(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
