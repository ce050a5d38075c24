package org.motive.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.motive.Pack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the built-in pack takes to load, measured once per load because {@link Pack#builtIn()}
 * caches the pack for the life of its class. Two views: the first call in a fresh JVM (what an
 * application pays at start-up, class loading of the engine included), and a call in a warm JVM
 * through a fresh class loader, which loads Motive, Drools and the pack anew each time and so
 * shows the cost without the JVM's own start-up noise. A third view loads the pack's files and
 * precompiled rules again in a warm JVM, every class already loaded and compiled: the cost of the
 * pack itself.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackLoadBenchmark {

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Pack firstCallInFreshJvm() {
        return Pack.builtIn();
    }

    @Benchmark
    @Fork(2)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public Object freshClassLoader(FreshLoader fresh) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Drools looks its services up through the context class loader: it must see the fresh copy.
        thread.setContextClassLoader(fresh.loader);
        try {
            return Class.forName(Pack.class.getName(), true, fresh.loader).getMethod("builtIn").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the built-in pack did not load", e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public BuiltInPackParts reloadInWarmJvm() {
        return BuiltInPackParts.load();
    }

    /** A class loader over the benchmark's own class path that shares nothing with it but the JDK. */
    @State(Scope.Thread)
    public static class FreshLoader {

        URLClassLoader loader;

        @Setup(Level.Invocation)
        public void open() {
            loader = new URLClassLoader("fresh-pack", classPath(), ClassLoader.getPlatformClassLoader());
        }

        @TearDown(Level.Invocation)
        public void close() {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static URL[] classPath() {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException("class path entry " + entry + " is no URL", e);
                }
            }
            return urls.toArray(URL[]::new);
        }
    }
}
