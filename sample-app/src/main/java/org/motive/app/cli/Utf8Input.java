package org.motive.app.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an input as UTF-8 text: skips a byte-order mark, and refuses binary data up front (a NUL
 * byte, which JSON text never holds) with one error rather than one per garbled line.
 */
final class Utf8Input {

    private static final int SNIFF_BYTES = 8192;

    private Utf8Input() {
    }

    /** Input that is not text at all. */
    static final class NotTextException extends Exception {
        NotTextException(String message) {
            super(message);
        }
    }

    static CheckedUtf8Reader open(InputStream raw) throws IOException, NotTextException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(SNIFF_BYTES);
        // One read only: standard input may be a slow pipe, and waiting for 8 KiB would stall it.
        byte[] head = new byte[SNIFF_BYTES];
        int count = Math.max(0, in.read(head, 0, head.length));
        in.reset();
        for (int i = 0; i < count; i++) {
            if (head[i] == 0) {
                throw new NotTextException("binary data, not UTF-8 text (a NUL byte at offset " + i + ")");
            }
        }
        if (count >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            in.skipNBytes(3);
            return new CheckedUtf8Reader(in, 3);
        }
        return new CheckedUtf8Reader(in, 0);
    }
}
