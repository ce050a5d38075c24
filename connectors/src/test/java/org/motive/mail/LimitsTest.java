package org.motive.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.ContactRequest;

class LimitsTest {

    private static final String HEAD = """
            From: Omar Haddad <omar.haddad@dataworks.example>\r
            To: Eva Novak <eva.novak@example.com>\r
            Subject: Our reference sheet\r
            Message-ID: <big-attachment@dataworks.example>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="b1"\r
            \r
            --b1\r
            Content-Type: text/plain; charset=UTF-8\r
            \r
            Hello Ms Novak, Daniel Weiss suggested I write to you. Could we talk on Friday?\r
            """;
    private static final String TAIL = "--b1--\r\n";

    /** The message with one base64 attachment of {@code size} random bytes (none when 0). */
    private static byte[] message(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size * 4 / 3 + 4096);
        out.writeBytes(HEAD.getBytes(StandardCharsets.US_ASCII));
        if (size > 0) {
            byte[] data = new byte[size];
            new Random(42).nextBytes(data);
            out.writeBytes(("--b1\r\nContent-Type: application/zip; name=\"data.zip\"\r\n"
                    + "Content-Disposition: attachment; filename=\"data.zip\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(Base64.getMimeEncoder().encode(data));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(TAIL.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static long allocatedWhileReading(MailReader reader, byte[] message) throws MailException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ContactRequest request = reader.read(new ByteArrayInputStream(message));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(request.message()).startsWith("Hello Ms Novak");
        return allocated;
    }

    @Test
    @DisplayName("a 20 MB attachment is skipped: reading the message allocates far less than 20 MB more than without it")
    void largeAttachmentIsNotHeldInMemory() throws MailException {
        MailReader reader = MailReader.builder().maxMessageBytes(40L * 1024 * 1024).build();
        byte[] small = message(0);
        byte[] large = message(20 * 1024 * 1024);
        for (int i = 0; i < 5; i++) {
            reader.read(new ByteArrayInputStream(small));   // warm up: class loading and first-use caches
        }
        long withoutAttachment = allocatedWhileReading(reader, small);
        long withAttachment = allocatedWhileReading(reader, large);

        System.out.printf("allocated reading the message: %,d bytes without the attachment, %,d bytes with a"
                + " 20 MB attachment (%,d bytes of mail)%n", withoutAttachment, withAttachment, large.length);
        assertThat(withAttachment - withoutAttachment).isLessThan(2L * 1024 * 1024);
    }

    @Test
    @DisplayName("a message over the size limit is refused with a message naming the limit")
    void tooLarge() {
        byte[] large = message(20 * 1024 * 1024);
        MailReader reader = MailReader.builder().maxMessageBytes(10L * 1024 * 1024).build();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(large)))
                .isInstanceOf(MailException.class)
                .hasMessage("message too large: over the limit of 10 MB (reading stopped there)");
    }

    @Test
    @DisplayName("the default limit is 25 MB for the whole message, attachments and their encoding included")
    void defaultLimit() {
        byte[] large = message(20 * 1024 * 1024);   // 20 MB in base64 is about 27 MB of mail

        assertThat(large.length).isGreaterThan(25 * 1024 * 1024);
        assertThatThrownBy(() -> Fixtures.READER.read(new ByteArrayInputStream(large)))
                .hasMessageStartingWith("message too large: over the limit of 25 MB");
    }

    @Test
    @DisplayName("only the first 200 KB of a text part are analysed")
    void textCap() throws MailException {
        String line = "We met at the trade fair and I would like to follow up on our conversation. ";
        String text = line.repeat(300_000 / line.length());
        ContactRequest request = Fixtures.parse("From: a@example.org\nSubject: long\n\n" + text);

        assertThat(request.message()).startsWith(line.strip());
        assertThat(request.message().length()).isEqualTo(MailReader.DEFAULT_MAX_TEXT_BYTES);
    }

    @Test
    @DisplayName("bytes that are not an e-mail are refused with a message that says so")
    void notAnEmail() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Fixtures.READER.read(new ByteArrayInputStream(pdf)))
                .isInstanceOf(MailException.class)
                .hasMessageStartingWith("not an e-mail message");
        assertThatThrownBy(() -> Fixtures.parse("Hello,\nthis is just a text file.\n"))
                .hasMessageStartingWith("not an e-mail message");
        assertThatThrownBy(() -> Fixtures.READER.read(new ByteArrayInputStream(new byte[0])))
                .hasMessageStartingWith("not an e-mail message");
    }

    @Test
    @DisplayName("a message with only an image is refused because it has no text, naming what it has")
    void noText() {
        assertThatThrownBy(() -> Fixtures.parse("""
                From: a@example.org
                Subject: photo
                Content-Type: image/jpeg
                Content-Transfer-Encoding: base64

                /9j/4AAQSkZJRgABAQ==
                """))
                .isInstanceOf(MailException.class)
                .hasMessage("no text: the message has no text part, only image/jpeg");
    }

    @Test
    @DisplayName("a message saved from an mbox, with its 'From sender date' line, is read")
    void mboxEnvelope() throws MailException {
        ContactRequest request = Fixtures.parse("""
                From jane@example.org Tue Nov 17 08:30:00 2026
                From: Jane Cooper <jane@example.org>
                Subject: Hello

                Hi Tom, we met in Rotterdam.
                """);

        assertThat(request.sender().email()).isEqualTo("jane@example.org");
        assertThat(request.message()).isEqualTo("Hi Tom, we met in Rotterdam.");
    }
}
