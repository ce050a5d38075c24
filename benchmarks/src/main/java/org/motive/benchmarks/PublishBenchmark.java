package org.motive.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.motive.Motive;
import org.motive.PackException;
import org.motive.Publication;
import org.motive.pack.PackLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishing a pack folder to a running {@link Motive}, as a business user's edit goes live: the
 * files read and checked, the rules compiled to the executable model, the lexicons parsed, the
 * pack's examples run, then the swap. The folder holds the built-in pack as exported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PublishBenchmark {

    private Motive motive;
    private Path folder;

    @Setup
    public void setUp() throws IOException, PackException {
        motive = Motive.builder().build();
        folder = PackLoader.builtInFiles().writeTo(Files.createTempDirectory("motive-publish").resolve("pack"));
    }

    @Benchmark
    public Publication buildCheckTestAndSwap() {
        Publication publication = motive.publish(folder).join();
        if (!publication.published()) {
            throw new IllegalStateException("the exported built-in pack was refused: " + publication.reasons());
        }
        return publication;
    }
}
