package org.motive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.Motive;
import org.motive.analysis.Analysis;
import org.motive.analysis.Signal;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.rules.Firing;

/**
 * The benchmarks compare like with like only if the hand-coded policy and the rules alone decide
 * exactly as {@code Motive.evaluate()} does. Agreement is checked on the signals the pack's own
 * analysis finds, right or wrong: it is about the verdict logic, not about the lexicons.
 */
@DisplayName("The hand-coded policy and the rules alone agree with Motive")
class PolicyAgreementTest {

    private static Motive motive;
    private static BuiltInPackParts parts;
    private static HandCodedPolicy handCoded;

    @BeforeAll
    static void load() {
        motive = Motive.builder().build();
        parts = BuiltInPackParts.load();
        handCoded = new HandCodedPolicy(parts.longMessageWords());
    }

    @Test
    @DisplayName("on every example request of the built-in pack, all three pick the same verdict row")
    void sameRowOnEveryExample() {
        List<ContactRequest> mix = CorpusMix.requests();
        List<String> disagreements = new ArrayList<>();
        for (ContactRequest request : mix) {
            Decision decision = motive.evaluate(request);
            Analysis analysis = parts.analyzer().analyze(request);
            HandCodedPolicy.Outcome outcome = handCoded.decide(analysis, request.contextOrNone());
            Firing firing = parts.fire(parts.facts(analysis, request));
            if (!decision.decidedBy().equals(outcome.row()) || decision.verdict() != outcome.verdict()
                    || !decision.decidedBy().equals(firing.row())) {
                disagreements.add(request.id() + ": Motive " + decision.verdict() + " by " + decision.decidedBy()
                        + ", hand-coded " + outcome.verdict() + " by " + outcome.row() + ", rules alone " + firing.row()
                        + "; signals " + analysis.signals().stream().map(Signal::name).collect(Collectors.joining(", "))
                        + "; " + analysis.words() + " words; context " + request.context());
            }
        }
        assertThat(disagreements).as("requests decided differently").isEmpty();
        assertThat(mix).hasSizeGreaterThanOrEqualTo(180);
    }

    @Test
    @DisplayName("on messages of 100 B to 100 KB, the hand-coded policy still agrees with Motive")
    void sameRowOnGrowingMessages() {
        List<ContactRequest> corpus = CorpusMix.requests();
        for (String language : List.of("fr", "en", "de")) {
            GrowingMessages messages = GrowingMessages.from(corpus, language);
            for (int bytes : new int[] {100, 1_000, 10_000, 100_000}) {
                ContactRequest request = messages.request(language + "-" + bytes, bytes);
                Decision decision = motive.evaluate(request);
                HandCodedPolicy.Outcome outcome = handCoded.decide(parts.analyzer().analyze(request),
                        request.contextOrNone());
                assertThat(outcome.row()).as(request.id()).isEqualTo(decision.decidedBy());
            }
        }
    }
}
