package org.motive.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.motive.json.InputException;
import org.motive.json.MotiveJson;

/**
 * A {@code .json} file: one request object, or an array of them read one element at a time. An
 * element's errors name the line where it starts; a syntax error ends the file, since nothing
 * after it can be trusted, but the elements before it are decided.
 */
final class JsonDocumentSource implements RequestSource {

    private final String name;
    private final InputOpener opener;

    JsonDocumentSource(String name, InputOpener opener) {
        this.name = name;
        this.opener = opener;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(Consumer<InputItem> sink) {
        try (InputStream raw = opener.open()) {
            CheckedUtf8Reader reader = Utf8Input.open(raw);
            try (JsonParser parser = MotiveJson.mapper().createParser(reader)) {
                readDocument(parser, reader, sink);
            }
        } catch (Utf8Input.NotTextException e) {
            sink.accept(unreadable(0, e.getMessage()));
        } catch (JsonProcessingException e) {
            sink.accept(unreadable(lineOf(e.getLocation()), "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            sink.accept(unreadable(0, "cannot read it: " + InputOpener.describe(e)));
        }
    }

    private void readDocument(JsonParser parser, CheckedUtf8Reader reader, Consumer<InputItem> sink)
            throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            sink.accept(unreadable(0, "empty input: no request in it"));
            return;
        }
        if (first == JsonToken.START_ARRAY) {
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                sink.accept(element(parser, reader));
                count++;
            }
            if (count == 0) {
                sink.accept(unreadable(lineOf(parser.currentLocation()), "empty array: no request in it"));
            }
        } else {
            sink.accept(element(parser, reader));
        }
        if (parser.nextToken() != null) {
            sink.accept(unreadable(lineOf(parser.currentTokenLocation()),
                    "more than one JSON document; a .json file holds one request or an array of them,"
                            + " and JSON Lines (.jsonl) one request a line"));
        }
    }

    private InputItem element(JsonParser parser, CheckedUtf8Reader reader) throws IOException {
        int start = lineOf(parser.currentTokenLocation());
        JsonNode node = MotiveJson.mapper().readTree(parser);
        int end = lineOf(parser.currentLocation());
        OptionalLong invalid = reader.invalidByte(start, end);
        if (invalid.isPresent()) {
            return unreadable(start, "not valid UTF-8 (byte offset " + invalid.getAsLong() + "); save the file as UTF-8");
        }
        try {
            return new InputItem.Readable(name, start, MotiveJson.readRequest(node.toString()));
        } catch (InputException e) {
            return new InputItem.Unreadable(name, start, e.field(), e.getMessage());
        }
    }

    private InputItem.Unreadable unreadable(int line, String message) {
        return new InputItem.Unreadable(name, line, "$", message);
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
