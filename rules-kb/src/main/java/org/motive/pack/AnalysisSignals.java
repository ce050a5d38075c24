package org.motive.pack;

import java.util.LinkedHashSet;
import java.util.Set;
import org.motive.analysis.Lexicon;

/**
 * The signals the text analysis can give: those its lexicons fill with phrases, and
 * {@code content.empty}, which it computes. Any other signal a pack names must be derived by a
 * rule of {@code rules/*.drl}.
 */
final class AnalysisSignals {

    static final Set<String> NAMES = names();

    private AnalysisSignals() {
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(Lexicon.SIGNALS);
        names.add("content.empty");
        return Set.copyOf(names);
    }
}
