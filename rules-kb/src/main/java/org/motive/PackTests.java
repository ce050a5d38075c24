package org.motive;

import java.util.ArrayList;
import java.util.List;
import org.motive.analysis.Analysis;
import org.motive.analysis.Signal;
import org.motive.json.LabelledRequest;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Finding;
import org.motive.pack.PhraseExample;

/** Runs a pack's examples: each labelled request through the whole pack, each phrase example through its analysis. */
final class PackTests {

    private PackTests() {
    }

    static PackTestReport run(Pack pack, List<PhraseExample> phrases) {
        Motive motive = Motive.builder().rules(pack).build();
        List<PackTestReport.ExampleFailure> exampleFailures = new ArrayList<>();
        int examples = 0;
        for (LabelledRequest example : pack.examples()) {
            if (example.expected() == null) {
                continue;
            }
            examples++;
            Decision decision = motive.evaluate(example.request());
            if (decision.verdict() != example.expected()) {
                exampleFailures.add(new PackTestReport.ExampleFailure(example.request().id(), example.expected(),
                        decision.verdict(), decision.decidedBy(), example.why(),
                        decision.findings().stream().map(Finding::rule).toList()));
            }
        }
        List<PackTestReport.PhraseFailure> phraseFailures = new ArrayList<>();
        for (PhraseExample phrase : phrases) {
            Analysis analysis = pack.analyzer().analyze(ContactRequest.of("phrase", phrase.sentence())
                    .withLanguage(phrase.language()));
            if (analysis.has(phrase.signal()) != phrase.shouldMatch()) {
                phraseFailures.add(new PackTestReport.PhraseFailure(phrase.language(), phrase.signal(),
                        phrase.sentence(), phrase.shouldMatch(), analysis.signals().stream().map(Signal::name).toList()));
            }
        }
        return new PackTestReport(pack.rulesVersion(), examples, phrases.size(), exampleFailures, phraseFailures);
    }
}
