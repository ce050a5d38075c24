package org.motive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.Motive;

@DisplayName("CPU-time latency")
class CpuTimeLatencyTest {

    @Test
    @DisplayName("gives ordered percentiles of CPU and wall-clock time, CPU never above wall-clock")
    void percentiles() {
        CpuTimeLatency.Report report = new CpuTimeLatency(Motive.builder().build(), CorpusMix.requests())
                .measure(0.2, 400);
        assertThat(report.calls()).isEqualTo(400);
        assertThat(report.cpuMicros()).isSorted();
        assertThat(report.wallMicros()).isSorted();
        assertThat(report.cpuMicros()[0]).isPositive();
        assertThat(report.cpuShare()).isPositive().isLessThanOrEqualTo(1.01);
        assertThat(report.callsPerCpuSecond()).isPositive();
        assertThat(report.toString()).contains("p50", "p99.9", "calls per CPU second");
    }

    @Test
    @DisplayName("refuses an empty mix and a bad argument, naming it")
    void refused() {
        assertThatThrownBy(() -> new CpuTimeLatency(Motive.builder().build(), List.of()))
                .hasMessageContaining("no request");
        assertThatThrownBy(() -> CpuTimeLatency.main(new String[] {"-1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warm-up CPU seconds");
    }
}
