package org.motive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

@DisplayName("The CPU time profiler")
class ThreadCpuProfilerTest {

    @Test
    @DisplayName("reports the CPU time per operation and the CPU share of a benchmark run through JMH")
    void reportsCpuTime() throws RunnerException {
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(RulesBenchmark.class.getName() + ".handCodedBaseline")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(2)
                .measurementTime(TimeValue.milliseconds(200))
                .addProfiler(ThreadCpuProfiler.class)
                .shouldFailOnError(true)
                .build()).run();

        assertThat(runs).hasSize(1);
        Map<String, Result> secondary = runs.iterator().next().getSecondaryResults();
        assertThat(secondary).containsKeys("cpu.time.per.op", "cpu.share");
        double perOp = secondary.get("cpu.time.per.op").getScore();
        // The hand-coded policy decides in well under a microsecond of CPU, and some CPU was spent.
        assertThat(perOp).isPositive().isLessThan(100.0);
        assertThat(secondary.get("cpu.share").getScore()).isPositive().isLessThanOrEqualTo(1.05);
    }
}
