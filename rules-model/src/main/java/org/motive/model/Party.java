package org.motive.model;

/**
 * A person on either end of a contact request: the sender who asks, or the recipient who decides.
 * Every field is optional; a CRM or a network notification fills what it knows.
 *
 * <pre>{@code new Party("Claire Martin", "claire@example.org", "Consultante RH", "Acme", null)}</pre>
 */
public record Party(String name, String email, String headline, String company, String profileUrl) {

    public static Party named(String name) {
        return new Party(name, null, null, null, null);
    }

    /** The first name, for a reply that addresses the person ("Claire"), or null when unknown. */
    public String firstName() {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
