package org.motive.mail.box;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The messages that could not be decided, kept on disk as they came: {@code <name>.eml} with the
 * raw bytes and {@code <name>.reason.txt} saying why, so that a person can read, fix or replay them.
 * The reason is written last: a {@code .reason.txt} always has its {@code .eml}.
 */
final class DeadLetters {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    DeadLetters(Path dir) {
        this.dir = dir;
    }

    /** The bytes of a message, written where they are wanted. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, MessagingException;
    }

    /** Writes the message and its reason; returns the path of the {@code .eml}. */
    Path put(String mailbox, String messageId, Content content, String reason) throws IOException, MessagingException {
        Files.createDirectories(dir);
        String name = STAMP.format(Instant.now()) + "-" + MessageKey.fileSafe(messageId);
        Path eml = dir.resolve(name + ".eml");
        Path tmp = dir.resolve(name + ".eml.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            content.writeTo(out);
        }
        Files.move(tmp, eml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String text = reason + "\n\nmailbox: " + mailbox + "\nmessage: " + messageId + "\n";
        Files.writeString(dir.resolve(name + ".reason.txt"), text, StandardCharsets.UTF_8);
        return eml;
    }
}
