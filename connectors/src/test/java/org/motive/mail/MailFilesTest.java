package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.model.Channel;

class MailFilesTest {

    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = MailFilesTest.class.getResourceAsStream("/mail/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<MailItem> readAll(Path path, MailReader reader) throws IOException {
        try (Stream<MailItem> items = MailFiles.read(path, reader)) {
            return items.toList();
        }
    }

    @Test
    @DisplayName("a single .eml file gives one request named after the file")
    void singleFile() throws IOException {
        Path file = Files.write(dir.resolve("invitation.eml"), fixture("linkedin-invitation-2016.eml"));

        List<MailItem> items = readAll(file, Fixtures.READER);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.source()).isEqualTo(file.toString());
            assertThat(item.request().channel()).isEqualTo(Channel.LINKEDIN);
        });
    }

    @Test
    @DisplayName("a folder is read recursively in path order, and a bad file is an error naming it while the others are read")
    void folder() throws IOException {
        Files.createDirectories(dir.resolve("2026/11"));
        Files.write(dir.resolve("b-xing.eml"), fixture("xing-de-note.eml"));
        Files.write(dir.resolve("a-broken.eml"), "just some notes, not a message\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("2026/11/c-reply.EML"), fixture("en-reply-signature.eml"));
        Files.write(dir.resolve("notes.txt"), fixture("fr-qp-latin1.eml"));

        List<MailItem> items = readAll(dir, Fixtures.READER);

        assertThat(items).extracting(MailItem::source).containsExactly(
                dir.resolve("2026/11/c-reply.EML").toString(), dir.resolve("a-broken.eml").toString(),
                dir.resolve("b-xing.eml").toString());
        assertThat(items.get(0).request().channel()).isEqualTo(Channel.EMAIL);
        assertThat(items.get(1).ok()).isFalse();
        assertThat(items.get(1).error().getMessage()).startsWith("not an e-mail message");
        assertThat(items.get(2).request().channel()).isEqualTo(Channel.XING);
    }

    @Test
    @DisplayName("an mbox gives one item per message, numbered; a bad or too large message does not stop the next ones")
    void mbox() throws IOException {
        byte[] large = ("From: big@example.org\nSubject: big\n\n" + "x".repeat(300_000) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve("inbox.mbox");
        try (var out = Files.newOutputStream(file)) {
            out.write("From MAILER-DAEMON Mon Nov 16 07:41:12 2026\n".getBytes(StandardCharsets.US_ASCII));
            out.write(fixture("linkedin-invitation-2016.eml"));
            out.write("\nFrom big@example.org Tue Nov 17 08:00:00 2026\n".getBytes(StandardCharsets.US_ASCII));
            out.write(large);
            out.write("\nFrom nobody Tue Nov 17 08:10:00 2026\n".getBytes(StandardCharsets.US_ASCII));
            out.write("From: x@example.org\nContent-Type: image/png\n\niVBORw0KGgo=\n".getBytes(StandardCharsets.US_ASCII));
            out.write("\nFrom jane@example.org Tue Nov 17 08:30:00 2026\n".getBytes(StandardCharsets.US_ASCII));
            out.write("""
                    From: Jane Cooper <jane@example.org>
                    Subject: Rotterdam

                    Hi Tom,
                    >From what you said in Rotterdam, a call on Tuesday would help.
                    Jane
                    """.getBytes(StandardCharsets.US_ASCII));
        }
        MailReader reader = MailReader.builder().maxMessageBytes(100_000).build();

        List<MailItem> items = readAll(file, reader);

        assertThat(items).extracting(MailItem::source)
                .containsExactly(file + "#1", file + "#2", file + "#3", file + "#4");
        assertThat(items.get(0).request().channel()).isEqualTo(Channel.LINKEDIN);
        assertThat(items.get(0).request().message()).isEqualTo("I'd like to join your LinkedIn network.");
        assertThat(items.get(1).error().getMessage()).startsWith("message too large");
        assertThat(items.get(2).error().getMessage()).isEqualTo("no text: the message has no text part, only image/png");
        assertThat(items.get(3).request().sender().email()).isEqualTo("jane@example.org");
        assertThat(items.get(3).request().message())
                .isEqualTo("Hi Tom,\nFrom what you said in Rotterdam, a call on Tuesday would help.\nJane");
    }

    @Test
    @DisplayName("a path that does not exist is refused at once")
    void missing() {
        assertThatThrownBy(() -> MailFiles.read(dir.resolve("nothing-here")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    @DisplayName("a mail item holds a request or an error, never both or neither")
    void itemHoldsOneOfTwo() {
        assertThatThrownBy(() -> new MailItem("x", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
