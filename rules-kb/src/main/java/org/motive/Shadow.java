package org.motive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/** A pack evaluated beside the live one; it records disagreements and never changes a decision. */
final class Shadow {

    /** The disagreements kept for the report; older ones are only counted. */
    static final int RECENT = 100;

    private final Function<ContactRequest, Decision> evaluator;
    private final String version;
    private final LongAdder compared = new LongAdder();
    private final LongAdder disagreements = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Deque<ShadowReport.Disagreement> recent = new ArrayDeque<>();

    Shadow(Function<ContactRequest, Decision> evaluator, String version) {
        this.evaluator = evaluator;
        this.version = version;
    }

    void compare(ContactRequest request, Decision live) {
        Decision other;
        try {
            other = evaluator.apply(request);
        } catch (RuntimeException e) {
            // The shadow pack is on trial: its failure is recorded, the live decision stands.
            errors.increment();
            return;
        }
        compared.increment();
        if (other.verdict() != live.verdict() || !Objects.equals(other.decidedBy(), live.decidedBy())) {
            disagreements.increment();
            synchronized (recent) {
                if (recent.size() == RECENT) {
                    recent.removeFirst();
                }
                recent.addLast(new ShadowReport.Disagreement(request.id(), live.verdict(), live.decidedBy(),
                        other.verdict(), other.decidedBy()));
            }
        }
    }

    ShadowReport report(String liveVersion) {
        synchronized (recent) {
            return new ShadowReport(version, liveVersion, compared.sum(), disagreements.sum(), errors.sum(),
                    new ArrayList<>(recent));
        }
    }
}
