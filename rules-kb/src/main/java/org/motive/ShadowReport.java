package org.motive;

import java.util.List;
import org.motive.model.Verdict;

/**
 * What a pack running in shadow recorded: how many requests it decided beside the live pack, on
 * how many it disagreed (another verdict or another row), and the latest disagreements.
 *
 * @param errors requests the shadow pack failed on; the live decision was returned all the same
 */
public record ShadowReport(String shadowVersion, String liveVersion, long compared, long disagreements, long errors,
                           List<Disagreement> recent) {

    public ShadowReport {
        recent = List.copyOf(recent);
    }

    /** One request the two packs decided differently. */
    public record Disagreement(String requestId, Verdict liveVerdict, String liveRow, Verdict shadowVerdict,
                               String shadowRow) {
    }
}
