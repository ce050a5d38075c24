package org.motive.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.motive.Motive;
import org.motive.model.ContactRequest;

/**
 * The latency of {@code evaluate()} call by call in CPU time of the calling thread, next to the
 * wall-clock time. On a machine shared with other work a wall-clock p99 measures the scheduler:
 * a call that waited 20 ms for a CPU looks like a 20 ms call. The CPU time of the thread is what the
 * call itself costs, and the warm-up is counted in CPU seconds too, so the rules' generated code is
 * compiled however little CPU the machine gives. GC and JIT work on other threads is not counted.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.motive.benchmarks.CpuTimeLatency [warm-up CPU seconds] [calls]
 * </pre>
 */
public final class CpuTimeLatency {

    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 100};

    /** Percentiles in microseconds of the CPU time and of the wall-clock time of the measured calls. */
    public record Report(int calls, double[] percentiles, double[] cpuMicros, double[] wallMicros,
                         double cpuSecondsPerCall, double cpuShare) {

        /** Calls per second that one thread would sustain if it had a CPU to itself. */
        public double callsPerCpuSecond() {
            return 1 / cpuSecondsPerCall;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%d calls; %.1f us CPU per call on average = %.0f calls per CPU"
                    + " second; the thread ran %.0f%% of the wall-clock time%n", calls, cpuSecondsPerCall * 1e6,
                    callsPerCpuSecond(), cpuShare * 100));
            out.append(String.format(Locale.ROOT, "%-10s %12s %12s%n", "percentile", "CPU us", "wall us"));
            for (int i = 0; i < percentiles.length; i++) {
                out.append(String.format(Locale.ROOT, "%-10s %12.1f %12.1f%n", "p" + format(percentiles[i]),
                        cpuMicros[i], wallMicros[i]));
            }
            return out.toString();
        }

        private static String format(double percentile) {
            return percentile == Math.rint(percentile) ? String.valueOf((int) percentile) : String.valueOf(percentile);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Motive motive;
    private final ContactRequest[] mix;
    private int next;

    public CpuTimeLatency(Motive motive, List<ContactRequest> requests) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no request to evaluate");
        }
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure the CPU time of a thread");
        }
        this.motive = motive;
        this.mix = requests.toArray(ContactRequest[]::new);
    }

    public static void main(String[] args) {
        double warmUpCpuSeconds = args.length > 0 ? positive(args[0], "warm-up CPU seconds") : 30;
        int calls = args.length > 1 ? (int) positive(args[1], "calls") : 200_000;
        CpuTimeLatency latency = new CpuTimeLatency(Motive.builder().build(), CorpusMix.requests());
        System.out.println(latency.measure(warmUpCpuSeconds, calls));
    }

    /** Evaluates the requests in turn for {@code warmUpCpuSeconds} of CPU, then times {@code calls} calls. */
    public Report measure(double warmUpCpuSeconds, int calls) {
        long warmUpEnd = threads.getCurrentThreadCpuTime() + (long) (warmUpCpuSeconds * 1e9);
        while (threads.getCurrentThreadCpuTime() < warmUpEnd) {
            for (int i = 0; i < 100; i++) {
                evaluateNext();
            }
        }
        long[] cpu = new long[calls];
        long[] wall = new long[calls];
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            evaluateNext();
            wall[i] = System.nanoTime() - w0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        double cpuTotal = threads.getCurrentThreadCpuTime() - cpuStart;
        double wallTotal = System.nanoTime() - wallStart;
        return new Report(calls, PERCENTILES.clone(), percentiles(cpu), percentiles(wall), cpuTotal / 1e9 / calls,
                cpuTotal / wallTotal);
    }

    private void evaluateNext() {
        ContactRequest request = mix[next];
        next = next + 1 == mix.length ? 0 : next + 1;
        if (motive.evaluate(request) == null) {
            throw new IllegalStateException("no decision for " + request.id());
        }
    }

    private static double[] percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double[] out = new double[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            int index = (int) Math.ceil(PERCENTILES[i] / 100 * sorted.length) - 1;
            out[i] = sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000.0;
        }
        return out;
    }

    private static double positive(String text, String what) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw new IllegalArgumentException(what + " must be a positive number, was '" + text + "'");
    }
}
