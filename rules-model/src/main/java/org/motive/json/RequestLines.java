package org.motive.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.motive.model.ContactRequest;

/**
 * Reads JSON Lines lazily: one {@link Line} per non-blank input line, holding either a request or
 * the error that names the line and the field. A bad line never stops the others.
 */
public final class RequestLines {

    /** One line of input: exactly one of {@code request} and {@code error} is set. */
    public record Line(int number, ContactRequest request, InputException error) {
        public boolean ok() {
            return error == null;
        }
    }

    private RequestLines() {
    }

    public static Stream<Line> read(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Iterator<Line> lines = new Iterator<>() {
            private int number;
            private Line next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String text;
                    try {
                        text = in.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (text == null) {
                        return false;
                    }
                    number++;
                    if (!text.isBlank()) {
                        next = parse(number, text);
                    }
                }
                return true;
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Line line = next;
                next = null;
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static Line parse(int number, String text) {
        try {
            return new Line(number, RequestParser.parse(text), null);
        } catch (InputException e) {
            return new Line(number, null, e.atLine(number));
        }
    }
}
