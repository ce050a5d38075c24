package org.motive.analysis;

import java.util.List;
import org.motive.model.Evidence;

/**
 * A signal of the etiquette policy found in a request ({@code origin.past}, {@code purpose.ask},
 * ...), with the spans of the message that show it. Computed signals such as
 * {@code crm.knownContact} may carry no evidence.
 */
public record Signal(String name, List<Evidence> evidence) {

    public Signal {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
