package org.motive.mail;

/**
 * An e-mail that cannot become a contact request, with a message that says why in words a user
 * acts on: not an e-mail at all, no text to read, larger than the limit.
 *
 * <pre>{@code
 * try { request = reader.read(in); } catch (MailException e) { log.warn(e.getMessage()); }
 * }</pre>
 */
public final class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
