package org.motive.mail.box;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies one message of one mailbox for the idempotent repository: the mailbox and the
 * Message-ID, or the SHA-256 of the raw message when it has none (the same {@code sha256-…} id that
 * {@code MailReader} gives the request, so a stored decision and its key name the message alike).
 */
final class MessageKey {

    private MessageKey() {
    }

    /** The Message-ID header value without folding, or null when the header is missing or blank. */
    static String fromHeader(String header) {
        // One key is one line of the repository file: folded headers must not break it.
        return header == null || header.isBlank() ? null : header.replaceAll("\\s+", "");
    }

    /** {@code sha256-…} of the message's bytes, streamed from the server, never held in memory. */
    static String sha256(Message message) throws IOException, MessagingException {
        MessageDigest digest = sha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            message.writeTo(out);
        }
        return "sha256-" + HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    static String of(String mailbox, String messageId) {
        return mailbox + " " + messageId;
    }

    /** The key recording that the actions on the message are done too (or that it was dead-lettered). */
    static String done(String key) {
        return key + " done";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String fileSafe(String messageId) {
        String safe = messageId.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 80 ? safe.substring(0, 80) : safe;
    }
}
