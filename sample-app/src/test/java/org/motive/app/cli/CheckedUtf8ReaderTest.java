package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckedUtf8ReaderTest {

    @Test
    @DisplayName("valid UTF-8 reads unchanged and no line is marked invalid")
    void validText() throws IOException {
        String text = "Grüße aus Köln\nRencontrés à Lyon 👋\n";
        CheckedUtf8Reader reader = reader(text.getBytes(StandardCharsets.UTF_8), 0);

        assertThat(readAll(reader)).isEqualTo(text);
        assertThat(reader.invalidByte(1, 3)).isEmpty();
    }

    @Test
    @DisplayName("an invalid byte is read as U+FFFD and remembered with its line and offset")
    void invalidByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("ok\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write('(');
        bytes.writeBytes("\nnext\n".getBytes(StandardCharsets.UTF_8));
        CheckedUtf8Reader reader = reader(bytes.toByteArray(), 0);

        List<String> lines = lines(reader);

        assertThat(lines).containsExactly("ok", "\uFFFD(", "next");
        assertThat(reader.invalidByte(1, 1)).isEmpty();
        assertThat(reader.invalidByte(2, 2)).hasValue(3);
        assertThat(reader.invalidByte(3, 3)).isEmpty();
    }

    @Test
    @DisplayName("lines end at LF, CR and CRLF, as a line reader counts them")
    void lineEnds() throws IOException {
        byte[] bytes = "a\r\nb\rc\n\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        CheckedUtf8Reader reader = reader(bytes, 0);

        assertThat(lines(reader)).containsExactly("a", "b", "c", "\uFFFD");
        assertThat(reader.invalidByte(4, 4)).hasValue(7);
    }

    @Test
    @DisplayName("a character split across reads of the underlying stream decodes whole")
    void splitCharacters() throws IOException {
        String text = "é€😀".repeat(30_000);
        InputStream oneByteAtATime = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        CheckedUtf8Reader reader = new CheckedUtf8Reader(oneByteAtATime, 0);

        assertThat(readAll(reader)).isEqualTo(text);
        assertThat(reader.invalidByte(1, 1)).isEmpty();
    }

    @Test
    @DisplayName("offsets count from the first byte of the original input")
    void offsetsFromStart() throws IOException {
        CheckedUtf8Reader reader = reader(new byte[] {'x', (byte) 0xFF}, 3);

        readAll(reader);

        assertThat(reader.invalidByte(1, 1)).hasValue(4);
    }

    @Test
    @DisplayName("a read returns what has arrived without waiting for more")
    void doesNotWaitForMore() throws IOException {
        InputStream firstLineThenNothing = new InputStream() {
            private final byte[] line = "salam\n".getBytes(StandardCharsets.UTF_8);
            private int position;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position < line.length) {
                    int n = Math.min(len, line.length - position);
                    System.arraycopy(line, position, b, off, n);
                    position += n;
                    return n;
                }
                throw new AssertionError("waited for more input after a whole line had arrived");
            }
        };
        CheckedUtf8Reader reader = new CheckedUtf8Reader(firstLineThenNothing, 0);

        assertThat(new BufferedReader(reader).readLine()).isEqualTo("salam");
    }

    private static CheckedUtf8Reader reader(byte[] bytes, long firstByteOffset) {
        return new CheckedUtf8Reader(new ByteArrayInputStream(bytes), firstByteOffset);
    }

    private static String readAll(CheckedUtf8Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1000];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static List<String> lines(CheckedUtf8Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        }
        return lines;
    }
}
