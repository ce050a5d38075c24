package org.motive.benchmarks;

import java.util.concurrent.TimeUnit;
import org.motive.analysis.Analysis;
import org.motive.analysis.TextAnalyzer;
import org.motive.model.ContactRequest;
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
 * The text analysis alone (tokens, phrase matching, negation, language, register) with the
 * built-in pack's lexicons, one thread, on the pack's example requests taken in turn.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisBenchmark {

    private TextAnalyzer analyzer;
    private ContactRequest[] mix;
    private int next;

    @Setup
    public void setUp() {
        analyzer = BuiltInPackParts.load().analyzer();
        mix = CorpusMix.requests().toArray(ContactRequest[]::new);
    }

    @Benchmark
    public Analysis analyze() {
        ContactRequest request = mix[next];
        next = next + 1 == mix.length ? 0 : next + 1;
        return analyzer.analyze(request);
    }
}
