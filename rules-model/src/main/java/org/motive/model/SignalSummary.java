package org.motive.model;

import java.util.List;

/**
 * The signals of a decision at a glance: politeness, the kinds of origin and purpose found, the
 * length in words and the language the message was read in.
 */
public record SignalSummary(boolean greeting, boolean signoff, List<String> origin, List<String> purpose,
                            int words, String language, String register) {

    public SignalSummary {
        origin = origin == null ? List.of() : List.copyOf(origin);
        purpose = purpose == null ? List.of() : List.copyOf(purpose);
    }
}
