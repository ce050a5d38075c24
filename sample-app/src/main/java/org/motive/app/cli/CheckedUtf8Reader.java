package org.motive.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Decodes UTF-8 and remembers, per line, where the input was not valid UTF-8 instead of failing
 * the whole stream (a strict decoder) or silently turning bytes into U+FFFD (a lenient one). Bad
 * bytes are read as U+FFFD, and the line they were on can then be reported as unreadable while the
 * other lines are decided. Lines end as {@link java.io.BufferedReader#readLine()} ends them
 * ({@code \n}, {@code \r} or {@code \r\n}), so line numbers agree with a line reader on top.
 */
final class CheckedUtf8Reader extends Reader {

    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /** Offset in the stream of {@code bytes.array()[0]}. */
    private long bufferStart;
    private boolean endOfInput;
    private boolean finished;
    private int line = 1;
    private boolean afterCarriageReturn;
    /** Line number to the stream offset of its first invalid byte. */
    private final TreeMap<Integer, Long> invalid = new TreeMap<>();

    /** Reads {@code in}, whose first byte is at {@code firstByteOffset} in the original input. */
    CheckedUtf8Reader(InputStream in, long firstByteOffset) {
        this.in = Objects.requireNonNull(in, "in");
        this.bufferStart = firstByteOffset;
    }

    /**
     * The offset of the first invalid byte on lines {@code from} to {@code to}, if any; lines up to
     * {@code to} are then forgotten, so ask in increasing order.
     */
    OptionalLong invalidByte(int from, int to) {
        Map<Integer, Long> range = invalid.subMap(from, true, to, true);
        OptionalLong first = range.values().stream().mapToLong(Long::longValue).min();
        invalid.headMap(to, true).clear();
        return first;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset && !finished) {
            int start = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            countLines(target, start, out.position());
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                invalid.putIfAbsent(line, bufferStart + bytes.position());
                bytes.position(bytes.position() + result.length());
                out.put(REPLACEMENT);
                afterCarriageReturn = false;
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    finished = true;
                } else if (out.position() == offset) {
                    // Only wait for more bytes when nothing was decoded: a pipe may hold back the next
                    // line for as long as its writer likes, and this one must be decided meanwhile.
                    fill();
                }
            } else {
                break;
            }
        }
        int count = out.position() - offset;
        return count == 0 && finished ? -1 : count;
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countLines(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
