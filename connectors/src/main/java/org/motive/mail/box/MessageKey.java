package org.motive.mail.box;

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

    /** The Message-ID header value, or the hash of the bytes when the header is missing or blank. */
    static String messageId(String header, byte[] raw) {
        if (header != null && !header.isBlank()) {
            // One key is one line of the repository file: folded headers must not break it.
            return header.replaceAll("\\s+", "");
        }
        return sha256(raw);
    }

    static String of(String mailbox, String messageId) {
        return mailbox + " " + messageId;
    }

    /** The key recording that the actions on the message are done too (or that it was dead-lettered). */
    static String done(String key) {
        return key + " done";
    }

    static String sha256(byte[] raw) {
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(raw);
            return "sha256-" + HexFormat.of().formatHex(sum, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String fileSafe(String messageId) {
        String safe = messageId.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 80 ? safe.substring(0, 80) : safe;
    }
}
