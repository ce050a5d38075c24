package org.motive.model;

import java.time.Instant;

/**
 * What a CRM knows of the sender. A sender is a known contact when the CRM says so or records at
 * least one earlier interaction.
 */
public record CrmContext(Boolean knownContact, Integer previousInteractions, Integer sharedConnections,
                         Instant lastInteractionAt) {

    public static final CrmContext NONE = new CrmContext(null, null, null, null);

    public boolean isKnownContact() {
        return Boolean.TRUE.equals(knownContact) || (previousInteractions != null && previousInteractions > 0);
    }
}
