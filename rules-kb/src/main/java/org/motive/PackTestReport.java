package org.motive;

import java.util.List;
import org.motive.model.Verdict;

/**
 * What running a pack's own examples gave: its labelled requests decided as labelled or not, and
 * its phrase examples ({@code examples/phrases/<lang>.yaml}) giving their signal or not.
 *
 * @param examples the number of labelled requests run
 * @param phrases  the number of phrase examples run
 */
public record PackTestReport(String rulesVersion, int examples, int phrases, List<ExampleFailure> exampleFailures,
                             List<PhraseFailure> phraseFailures) {

    public PackTestReport {
        exampleFailures = List.copyOf(exampleFailures);
        phraseFailures = List.copyOf(phraseFailures);
    }

    public boolean passed() {
        return exampleFailures.isEmpty() && phraseFailures.isEmpty();
    }

    /**
     * A labelled request decided otherwise than labelled.
     *
     * @param actualRow the verdict-table row that decided
     * @param why       the label's explanation (which row and signals the author expected)
     * @param findings  the rules that fired for the request
     */
    public record ExampleFailure(String id, Verdict expected, Verdict actual, String actualRow, String why,
                                 List<String> findings) {

        public ExampleFailure {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A phrase example that did not behave: a sentence that should give {@code signal} and does not,
     * or one that should not and does.
     */
    public record PhraseFailure(String language, String signal, String sentence, boolean shouldMatch,
                                List<String> signalsFound) {

        public PhraseFailure {
            signalsFound = List.copyOf(signalsFound);
        }
    }
}
