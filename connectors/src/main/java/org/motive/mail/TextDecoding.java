package org.motive.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns the decoded bytes of a text part into a string, whatever its declared charset says. */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /**
     * Mail clients often declare no charset (which MIME reads as US-ASCII) or ISO-8859-1 while
     * sending UTF-8 or windows-1252 bytes. So a missing, unknown or ASCII charset is read as UTF-8
     * when the bytes are valid UTF-8, else as windows-1252; ISO-8859-1 is read as windows-1252,
     * its superset for every printable character (as browsers do). Any other declared charset is
     * trusted.
     */
    static String decode(byte[] bytes, int length, String declared) {
        Charset charset = declaredCharset(declared);
        if (charset == null || charset.equals(StandardCharsets.US_ASCII)) {
            return utf8OrWindows1252(bytes, length);
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            charset = WINDOWS_1252;
        }
        return new String(bytes, 0, length, charset);
    }

    private static Charset declaredCharset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownOrIllegalName) {
            return null;
        }
    }

    private static String utf8OrWindows1252(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, 0, length, WINDOWS_1252);
        }
    }
}
