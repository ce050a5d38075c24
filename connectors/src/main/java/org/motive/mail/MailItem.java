package org.motive.mail;

import java.util.Objects;
import org.motive.model.ContactRequest;

/**
 * One message read from a file, a folder or an mbox: the request it became, or the error that
 * says why it could not. {@code source} names where it came from: the file, and the message
 * number in an mbox ({@code "inbox.mbox#3"}).
 *
 * <pre>{@code
 * item.ok() ? motive.evaluate(item.request()) : log(item.source() + ": " + item.error().getMessage())
 * }</pre>
 */
public record MailItem(String source, ContactRequest request, MailException error) {

    public MailItem {
        Objects.requireNonNull(source, "source");
        if ((request == null) == (error == null)) {
            throw new IllegalArgumentException("a mail item holds either a request or an error");
        }
    }

    public static MailItem of(String source, ContactRequest request) {
        return new MailItem(source, Objects.requireNonNull(request, "request"), null);
    }

    public static MailItem failed(String source, MailException error) {
        return new MailItem(source, null, Objects.requireNonNull(error, "error"));
    }

    public boolean ok() {
        return request != null;
    }
}
