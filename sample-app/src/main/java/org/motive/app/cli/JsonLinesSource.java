package org.motive.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.motive.json.InputException;
import org.motive.json.RequestLines;

/**
 * JSON Lines: one request object a line, read lazily, so a file of any length needs the memory of
 * one line. A bad line (malformed JSON, a missing field, bytes that are not UTF-8) becomes an
 * error naming the line; the others are still read.
 */
final class JsonLinesSource implements RequestSource {

    private final String name;
    private final InputOpener opener;
    private final boolean streaming;

    JsonLinesSource(String name, InputOpener opener) {
        this(name, opener, false);
    }

    /** {@code streaming} for standard input, which another program may feed one line at a time. */
    JsonLinesSource(String name, InputOpener opener, boolean streaming) {
        this.name = name;
        this.opener = opener;
        this.streaming = streaming;
    }

    @Override
    public boolean streaming() {
        return streaming;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(Consumer<InputItem> sink) {
        int lastLine = 0;
        try (InputStream raw = opener.open()) {
            CheckedUtf8Reader reader = Utf8Input.open(raw);
            try (Stream<RequestLines.Line> lines = RequestLines.read(reader)) {
                Iterator<RequestLines.Line> iterator = lines.iterator();
                while (iterator.hasNext()) {
                    RequestLines.Line line = iterator.next();
                    lastLine = line.number();
                    sink.accept(item(line, reader));
                }
            }
        } catch (Utf8Input.NotTextException e) {
            sink.accept(new InputItem.Unreadable(name, 0, "$", e.getMessage()));
            return;
        } catch (IOException e) {
            sink.accept(cannotRead(lastLine, e));
            return;
        } catch (UncheckedIOException e) {
            sink.accept(cannotRead(lastLine, e.getCause()));
            return;
        }
        if (lastLine == 0) {
            sink.accept(new InputItem.Unreadable(name, 0, "$", "empty input: no request in it"));
        }
    }

    private InputItem item(RequestLines.Line line, CheckedUtf8Reader reader) {
        OptionalLong invalid = reader.invalidByte(line.number(), line.number());
        if (invalid.isPresent()) {
            return new InputItem.Unreadable(name, line.number(), "$",
                    "not valid UTF-8 (byte offset " + invalid.getAsLong() + "); save the file as UTF-8");
        }
        if (line.ok()) {
            return new InputItem.Readable(name, line.number(), line.request());
        }
        InputException error = line.error();
        return new InputItem.Unreadable(name, line.number(), error.field(), error.getMessage());
    }

    private InputItem cannotRead(int lastLine, IOException e) {
        String where = lastLine == 0 ? "cannot read it: " : "cannot read past line " + lastLine + ": ";
        return new InputItem.Unreadable(name, 0, "$", where + InputOpener.describe(e));
    }
}
