package org.motive;

import java.util.Set;
import org.motive.model.Kind;

/**
 * What a request asks for, when its source does not say: a recommendation, an introduction through
 * a named person, a meeting, or else a connection.
 */
final class KindInference {

    private KindInference() {
    }

    static Kind infer(Set<String> signals) {
        if (signals.contains("request.recommendation")) {
            return Kind.RECOMMENDATION;
        }
        if (signals.contains("origin.referral")) {
            return Kind.INTRODUCTION;
        }
        if (signals.contains("purpose.nextStep")) {
            return Kind.MEETING;
        }
        return Kind.CONNECTION;
    }
}
