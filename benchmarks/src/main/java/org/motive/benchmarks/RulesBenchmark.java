package org.motive.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.motive.analysis.Analysis;
import org.motive.model.ContactRequest;
import org.motive.model.CrmContext;
import org.motive.rules.Firing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The verdict alone, on analyses made beforehand from the pack's example requests: the Drools
 * rules of the built-in pack (derived signals, findings, verdict table, in a new session each
 * time, as {@code evaluate()} runs them) against the same policy written by hand in Java
 * ({@link HandCodedPolicy}). The ratio of the two is the price of rules that business users edit.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RulesBenchmark {

    private BuiltInPackParts parts;
    private HandCodedPolicy handCoded;
    private List<Object>[] facts;
    private Analysis[] analyses;
    private CrmContext[] contexts;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        parts = BuiltInPackParts.load();
        handCoded = new HandCodedPolicy(parts.longMessageWords());
        List<ContactRequest> mix = CorpusMix.requests();
        facts = new List[mix.size()];
        analyses = new Analysis[mix.size()];
        contexts = new CrmContext[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            ContactRequest request = mix.get(i);
            analyses[i] = parts.analyzer().analyze(request);
            facts[i] = parts.facts(analyses[i], request);
            contexts[i] = request.contextOrNone();
        }
    }

    @Benchmark
    public Firing droolsRules() {
        int i = advance();
        return parts.fire(facts[i]);
    }

    @Benchmark
    public HandCodedPolicy.Outcome handCodedBaseline() {
        int i = advance();
        return handCoded.decide(analyses[i], contexts[i]);
    }

    private int advance() {
        int i = next;
        next = next + 1 == analyses.length ? 0 : next + 1;
        return i;
    }
}
