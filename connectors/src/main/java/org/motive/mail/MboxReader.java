package org.motive.mail;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits an mbox file into its messages as streams, one after the other, without holding a
 * message in memory: each message ends where a line starts with an envelope ("From sender date").
 * Body lines that an mboxrd writer escaped ({@code >From }, {@code >>From }) lose one {@code >}.
 * Not thread-safe; one message stream at a time.
 */
final class MboxReader implements Closeable {

    private static final int MAX_ENVELOPE = 1000;
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    private final BufferedInputStream in;
    private final byte[] drain = new byte[8192];
    private MessageStream current;
    private boolean started;

    MboxReader(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1024);
    }

    /**
     * Moves to the next message, skipping what is left of the current one.
     *
     * @return the next message's bytes (envelope line excluded), or null at the end of the file
     * @throws IOException also when the file does not start with an envelope line (not an mbox)
     */
    InputStream next() throws IOException {
        if (current != null) {
            while (current.read(drain, 0, drain.length) >= 0) {
                // skip the rest of the message the caller left unread
            }
        } else if (!started && !envelopeAhead()) {
            throw new IOException("not an mbox file: it does not start with a 'From ' envelope line");
        }
        started = true;
        if (!envelopeAhead()) {
            return null;
        }
        skipLine();
        current = new MessageStream();
        return current;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Peeks at the next line: is it an envelope? The stream is left where it was. */
    private boolean envelopeAhead() throws IOException {
        in.mark(MAX_ENVELOPE + 1);
        try {
            for (byte expected : FROM) {
                if (in.read() != expected) {
                    return false;
                }
            }
            StringBuilder line = new StringBuilder("From ");
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && line.length() < MAX_ENVELOPE) {
                line.append((char) b);
            }
            return MboxEnvelope.isEnvelope(line.toString());
        } finally {
            in.reset();
        }
    }

    private void skipLine() throws IOException {
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            // the envelope line is not part of the message
        }
    }

    /** The bytes of one message, up to the next envelope line or the end of the file. */
    private final class MessageStream extends InputStream {

        private final byte[] one = new byte[1];
        private boolean atLineStart = true;
        private boolean ended;

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length) {
                if (atLineStart) {
                    if (envelopeAhead()) {
                        ended = true;
                        break;
                    }
                    unescapeFrom();
                    atLineStart = false;
                }
                int b = in.read();
                if (b < 0) {
                    ended = true;
                    break;
                }
                buffer[offset + n++] = (byte) b;
                if (b == '\n') {
                    atLineStart = true;
                    // Return line by line so the next line's envelope check happens before it is copied.
                    break;
                }
            }
            return n == 0 && ended ? -1 : n;
        }

        /** ">From " becomes "From ", ">>From " becomes ">From " (mboxrd). */
        private void unescapeFrom() throws IOException {
            in.mark(MAX_ENVELOPE + 1);
            int quotes = 0;
            int b;
            while ((b = in.read()) == '>' && quotes < MAX_ENVELOPE - FROM.length) {
                quotes++;
            }
            boolean escaped = quotes > 0 && b == 'F';
            for (int i = 1; escaped && i < FROM.length; i++) {
                escaped = in.read() == FROM[i];
            }
            in.reset();
            if (escaped) {
                in.read();
            }
        }
    }
}
