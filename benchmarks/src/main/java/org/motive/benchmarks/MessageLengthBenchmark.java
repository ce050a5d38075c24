package org.motive.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code evaluate()} on messages of 100 B, 1 KB, 10 KB and 100 KB built from corpus sentences, one
 * per language, taken in turn. The phrase matcher walks the tokens once, so the time per request
 * should grow in proportion to the size; a cost that grows faster would show here first.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MessageLengthBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int bytes;

    private Motive motive;
    private ContactRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        motive = Motive.builder().build();
        List<ContactRequest> corpus = CorpusMix.requests();
        requests = List.of("fr", "en", "de").stream()
                .map(language -> GrowingMessages.from(corpus, language).request(language + "-" + bytes, bytes))
                .toArray(ContactRequest[]::new);
    }

    @Benchmark
    public Decision evaluate() {
        ContactRequest request = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        return motive.evaluate(request);
    }
}
