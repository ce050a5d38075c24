package org.motive.mail;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * The {@code From sender date} line that an mbox puts before each message, and that messages
 * saved from an mbox often keep. It is not a header field ("From:" is), so left in place it would
 * make the parser read the whole header as body.
 */
final class MboxEnvelope {

    private static final int MAX_LINE = 1000;

    private MboxEnvelope() {
    }

    /** True when the line is an mbox envelope: "From " then no colon ("From : x" is an obsolete header). */
    static boolean isEnvelope(String line) {
        return line.startsWith("From ") && !line.substring(5).stripLeading().startsWith(":");
    }

    /** Consumes a leading envelope line, if there is one; leaves the stream untouched otherwise. */
    static void skip(BufferedInputStream in) throws IOException {
        in.mark(MAX_LINE + 1);
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && line.length() < MAX_LINE) {
            line.append((char) b);
        }
        if (b != '\n' || !isEnvelope(line.toString())) {
            in.reset();
        }
    }
}
