package org.motive.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.motive.Motive;
import org.motive.model.ContactRequest;

/** Test helpers: fixtures from the class path, one reader and one Motive for all tests. */
final class Fixtures {

    static final MailReader READER = MailReader.builder().build();
    private static Motive motive;

    private Fixtures() {
    }

    static synchronized Motive motive() {
        if (motive == null) {
            motive = Motive.builder().build();
        }
        return motive;
    }

    static ContactRequest read(String fixture) throws MailException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/mail/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return READER.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContactRequest parse(String message) throws MailException {
        return READER.read(new java.io.ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
    }
}
