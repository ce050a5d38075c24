package org.motive.benchmarks;

import java.util.concurrent.TimeUnit;
import org.motive.Motive;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
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
 * A whole {@code evaluate()} with the built-in pack, one thread, on the pack's example requests
 * taken in turn (French, English and German, from one word to a long letter): the number a
 * capacity plan starts from. Throughput gives requests per second; sample mode gives the
 * distribution of single calls, p99 included. The warm-up is long (8 x 2 s) because Motive, the
 * rules' generated code above all, reaches full speed only after 6 to 15 s of load on two cores,
 * depending on what else runs; a shorter one measures the JIT compiler, not Motive.
 *
 * <p>JMH subclasses its state classes, so benchmark classes cannot be final.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBenchmark {

    private Motive motive;
    private ContactRequest[] mix;
    private int next;

    @Setup
    public void setUp() {
        motive = Motive.builder().build();
        mix = CorpusMix.requests().toArray(ContactRequest[]::new);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision throughput() {
        return motive.evaluate(nextRequest());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision latency() {
        return motive.evaluate(nextRequest());
    }

    private ContactRequest nextRequest() {
        ContactRequest request = mix[next];
        next = next + 1 == mix.length ? 0 : next + 1;
        return request;
    }
}
