package org.motive.pack;

import java.util.Set;

/**
 * The signals the text analysis can give (see {@code docs/lexicons.md}); any other signal a pack
 * names must be derived by a rule of {@code rules/*.drl}.
 */
final class AnalysisSignals {

    static final Set<String> NAMES = Set.of("greeting", "signoff", "courtesy", "origin.past", "origin.referral",
            "origin.interest", "origin.future", "purpose.ask", "purpose.nextStep", "template.generic",
            "request.recommendation", "pitch.commercial", "profile.recital", "content.empty");

    private AnalysisSignals() {
    }
}
