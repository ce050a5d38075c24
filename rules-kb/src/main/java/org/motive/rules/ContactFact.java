package org.motive.rules;

import org.motive.model.CrmContext;

/**
 * What the CRM knows of the sender, with absent values read as "nothing recorded", so that rules
 * never have to test for null.
 */
public record ContactFact(boolean knownContact, int previousInteractions, int sharedConnections) {

    public static ContactFact of(CrmContext context) {
        if (context == null) {
            return new ContactFact(false, 0, 0);
        }
        return new ContactFact(Boolean.TRUE.equals(context.knownContact()),
                context.previousInteractions() == null ? 0 : context.previousInteractions(),
                context.sharedConnections() == null ? 0 : context.sharedConnections());
    }
}
