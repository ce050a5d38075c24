package org.motive.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.motive.json.InputException;
import org.motive.json.MotiveJson;
import org.motive.model.ContactRequest;
import org.motive.model.Verdict;

/**
 * Reads a corpus: JSON Lines of requests, each optionally labelled with the verdict it should get
 * ({@code expected}). A bad line becomes a {@link Problem} naming the line and the field; the
 * others are still read. A corpus is read whole, since every request is decided twice.
 */
final class CorpusReader {

    /** One request of the corpus; {@code expected} is null when the line carries no label. */
    record Entry(int line, ContactRequest request, Verdict expected) {
    }

    /** What was read: the requests in order, and the lines (or the file) that could not be. */
    record Corpus(List<Entry> entries, List<Problem> problems) {
    }

    private CorpusReader() {
    }

    static Corpus read(Path file) {
        String name = file.toString();
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int lastLine = 0;
        try (InputStream raw = InputOpener.file(file).open()) {
            CheckedUtf8Reader reader = Utf8Input.open(raw);
            BufferedReader lines = new BufferedReader(reader);
            String text;
            while ((text = lines.readLine()) != null) {
                lastLine++;
                if (text.isBlank()) {
                    continue;
                }
                OptionalLong invalid = reader.invalidByte(lastLine, lastLine);
                if (invalid.isPresent()) {
                    problems.add(new Problem(name, lastLine, null, "$",
                            "not valid UTF-8 (byte offset " + invalid.getAsLong() + "); save the file as UTF-8"));
                    continue;
                }
                try {
                    entries.add(entry(lastLine, text));
                } catch (InputException e) {
                    problems.add(new Problem(name, lastLine, null, e.field(), e.getMessage()));
                }
            }
        } catch (Utf8Input.NotTextException e) {
            problems.add(new Problem(name, 0, null, "$", e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, null, "$", "cannot read it: " + InputOpener.describe(e)));
        } catch (UncheckedIOException e) {
            problems.add(new Problem(name, 0, null, "$", "cannot read it: " + InputOpener.describe(e.getCause())));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(name, 0, null, "$", "empty input: no request in it"));
        }
        return new Corpus(List.copyOf(entries), List.copyOf(problems));
    }

    private static Entry entry(int line, String text) throws InputException {
        ContactRequest request = MotiveJson.readRequest(text);
        JsonNode expected;
        try {
            expected = MotiveJson.mapper().readTree(text).get("expected");
        } catch (IOException e) {
            throw new InputException("$", e.getMessage());
        }
        if (expected == null || expected.isNull()) {
            return new Entry(line, request, null);
        }
        if (!expected.isTextual()) {
            throw new InputException("expected", "'expected' must be ACCEPT, CLARIFY or DECLINE");
        }
        try {
            return new Entry(line, request, Verdict.fromWire(expected.asText()));
        } catch (IllegalArgumentException e) {
            throw new InputException("expected", e.getMessage());
        }
    }
}
