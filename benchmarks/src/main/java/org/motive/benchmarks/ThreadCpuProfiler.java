package org.motive.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark threads spent per operation, and the
 * share of the wall-clock time they were given a CPU. On a machine shared with other work, the
 * wall-clock scores of JMH say how much CPU was left over; the CPU time per operation says what
 * one operation costs, which is what a capacity plan needs. Work done for the benchmark on other
 * threads (the garbage collector, the JIT compiler) is not counted; {@code -prof gc} shows the
 * first.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -prof org.motive.benchmarks.ThreadCpuProfiler
 * </pre>
 */
public final class ThreadCpuProfiler implements InternalProfiler {

    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> cpuBefore = Map.of();
    private long wallBefore;

    public ThreadCpuProfiler() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure the CPU time of a thread");
        }
        threads.setThreadCpuTimeEnabled(true);
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation, and the share of wall-clock time they ran";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuBefore = workerCpuTimes();
        wallBefore = System.nanoTime();
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        long wall = System.nanoTime() - wallBefore;
        long cpu = 0;
        for (Map.Entry<Long, Long> after : workerCpuTimes().entrySet()) {
            // A worker started during the iteration counts from zero.
            cpu += after.getValue() - cpuBefore.getOrDefault(after.getKey(), 0L);
        }
        int workers = benchmarkParams.getThreads();
        long ops = result.getMetadata().getAllOps();
        double share = wall == 0 ? 0 : (double) cpu / ((double) wall * workers);
        ScalarResult shareResult = new ScalarResult("cpu.share", share, "ratio", AggregationPolicy.AVG);
        if (ops == 0) {
            return List.of(shareResult);
        }
        // Every operation of the iteration, warm-down included, ran inside the CPU time measured.
        return List.of(new ScalarResult("cpu.time.per.op", cpu / 1_000.0 / ops, "us/op", AggregationPolicy.AVG),
                shareResult);
    }

    private Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    times.put(info.getThreadId(), time);
                }
            }
        }
        return times;
    }
}
