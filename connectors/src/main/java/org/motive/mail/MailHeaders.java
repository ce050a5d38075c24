package org.motive.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The top-level header fields of one message, already decoded (RFC 2047 encoded words included).
 * {@code fields} maps a lower-case field name to its values in order.
 */
record MailHeaders(String fromName, String fromAddress, String toName, String toAddress, String subject,
                   Instant date, String messageId, Map<String, List<String>> fields) {

    /** The first value of a field, or null; {@code name} in any case. */
    String first(String name) {
        List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The domain of the From address in lower case, or "" when there is none. */
    String fromDomain() {
        if (fromAddress == null) {
            return "";
        }
        int at = fromAddress.lastIndexOf('@');
        return at < 0 ? "" : fromAddress.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
