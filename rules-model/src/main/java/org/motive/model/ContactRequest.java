package org.motive.model;

import java.time.Instant;

/**
 * A contact request as Motive reads it, whatever its source: a network invitation, an e-mail, a CRM
 * lead. Only {@code id} and {@code message} are required; {@code channel} defaults to
 * {@link Channel#OTHER}, {@code language} is detected when absent.
 *
 * <pre>{@code
 * ContactRequest r = ContactRequest.of("r1", "Bonjour, nous nous sommes rencontrés au salon ...");
 * }</pre>
 */
public record ContactRequest(String id, Channel channel, Kind kind, String language, Instant receivedAt,
                             Party sender, Party recipient, String subject, String message,
                             CrmContext context) {

    public ContactRequest {
        channel = channel == null ? Channel.OTHER : channel;
        message = message == null ? "" : message;
    }

    public static ContactRequest of(String id, String message) {
        return new ContactRequest(id, Channel.OTHER, null, null, null, null, null, null, message, null);
    }

    public ContactRequest withLanguage(String newLanguage) {
        return new ContactRequest(id, channel, kind, newLanguage, receivedAt, sender, recipient, subject, message,
                context);
    }

    public CrmContext contextOrNone() {
        return context == null ? CrmContext.NONE : context;
    }
}
