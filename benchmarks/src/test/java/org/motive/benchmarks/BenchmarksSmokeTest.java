package org.motive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.Pack;
import org.motive.model.Decision;
import org.motive.model.Verdict;

/**
 * Each benchmark set up and run once, as JMH would, so that {@code mvn verify} proves they work
 * without spending minutes timing them.
 */
@DisplayName("Every benchmark runs")
class BenchmarksSmokeTest {

    @Test
    @DisplayName("evaluate decides the example requests in turn")
    void evaluate() {
        EvaluateBenchmark benchmark = new EvaluateBenchmark();
        benchmark.setUp();
        Decision first = benchmark.throughput();
        Decision second = benchmark.latency();
        assertThat(first.requestId()).isNotEqualTo(second.requestId());
        assertThat(first.verdict()).isIn((Object[]) Verdict.values());
    }

    @Test
    @DisplayName("the analysis reads the example requests in turn")
    void analysis() {
        AnalysisBenchmark benchmark = new AnalysisBenchmark();
        benchmark.setUp();
        assertThat(benchmark.analyze().language()).isNotNull();
        assertThat(benchmark.analyze().words()).isPositive();
    }

    @Test
    @DisplayName("the rules and the hand-coded policy decide precomputed analyses")
    void rules() {
        RulesBenchmark benchmark = new RulesBenchmark();
        benchmark.setUp();
        assertThat(benchmark.droolsRules().row()).isNotNull();
        assertThat(benchmark.handCodedBaseline().row()).isNotNull();
    }

    @Test
    @DisplayName("a 100 KB message is decided")
    void messageLength() {
        MessageLengthBenchmark benchmark = new MessageLengthBenchmark();
        benchmark.bytes = 100_000;
        benchmark.setUp();
        Decision decision = benchmark.evaluate();
        assertThat(decision.request().message().length()).isGreaterThan(90_000);
        assertThat(decision.signals().words()).isGreaterThan(10_000);
    }

    @Test
    @DisplayName("the built-in pack loads anew in a fresh class loader, and again in the same one")
    void packLoad() throws Exception {
        PackLoadBenchmark benchmark = new PackLoadBenchmark();
        assertThat(benchmark.firstCallInFreshJvm()).isSameAs(Pack.builtIn());
        assertThat(benchmark.reloadInWarmJvm().longMessageWords()).isPositive();
        PackLoadBenchmark.FreshLoader fresh = new PackLoadBenchmark.FreshLoader();
        fresh.open();
        try {
            Object pack = benchmark.freshClassLoader(fresh);
            assertThat(pack.getClass().getName()).isEqualTo(Pack.class.getName());
            assertThat(pack.getClass()).isNotSameAs(Pack.class);
            assertThat(pack.toString()).isEqualTo(Pack.builtIn().toString());
        } finally {
            fresh.close();
        }
    }

    @Test
    @DisplayName("the exported built-in pack is published to a running Motive")
    void publish() throws Exception {
        PublishBenchmark benchmark = new PublishBenchmark();
        benchmark.setUp();
        assertThat(benchmark.buildCheckTestAndSwap().candidateVersion()).isEqualTo(Pack.builtIn().rulesVersion());
    }
}
