package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Messages cut short or with bytes overwritten: a request or a MailException, never anything else. */
class DamagedMailTest {

    private static final String[] FIXTURES = {"linkedin-invitation-2016.eml", "xing-de-note.eml",
            "fr-qp-latin1.eml", "de-base64-cp1252.eml", "en-mixed-attachment.eml", "fr-html-only.eml"};

    static Stream<String> fixtures() {
        return Arrays.stream(FIXTURES);
    }

    private static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = DamagedMailTest.class.getResourceAsStream("/mail/" + fixture)) {
            return in.readAllBytes();
        }
    }

    private static void readsOrExplains(byte[] message, String what) {
        try {
            assertThat(Fixtures.READER.read(new ByteArrayInputStream(message)).id()).as(what).isNotBlank();
        } catch (MailException e) {
            assertThat(e.getMessage()).as(what).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("a message cut short anywhere is read or explained")
    void truncated(String fixture) throws IOException {
        byte[] message = bytes(fixture);
        IntStream.iterate(0, n -> n < message.length, n -> n + 61)
                .forEach(n -> readsOrExplains(Arrays.copyOf(message, n), fixture + " cut at " + n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("a message with random bytes overwritten is read or explained")
    void corrupted(String fixture) throws IOException {
        byte[] original = bytes(fixture);
        Random random = new Random(fixture.hashCode());
        // Round 0 of xing-de-note.eml breaks a boundary in a way that makes mime4j throw an
        // IllegalStateException: the reader must turn it into a MailException.
        for (int round = 0; round < 100; round++) {
            byte[] message = original.clone();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                message[random.nextInt(message.length)] = (byte) random.nextInt(256);
            }
            readsOrExplains(message, fixture + " round " + round);
        }
    }

    @Test
    @DisplayName("random bytes are explained as not an e-mail")
    void noise() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[random.nextInt(4000)];
            random.nextBytes(noise);
            readsOrExplains(noise, "noise " + round);
        }
    }
}
