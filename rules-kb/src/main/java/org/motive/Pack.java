package org.motive;

import java.nio.file.Path;
import java.util.List;
import org.motive.analysis.TextAnalyzer;
import org.motive.json.LabelledRequest;
import org.motive.pack.CompiledPack;
import org.motive.pack.PackFiles;
import org.motive.pack.PackLoader;

/**
 * A rules pack: thresholds, decision tables, lexicons, replies and examples, checked and compiled,
 * ready to decide. Immutable and thread-safe; share it.
 *
 * <pre>{@code
 * Pack pack = Pack.load(Path.of("my-rules"));        // a copy of the built-in pack, edited
 * Motive motive = Motive.builder().rules(pack).build();
 * }</pre>
 *
 * {@link #builtIn()} was compiled at build time and loads in a fraction of a second; {@link #load(Path)}
 * compiles a folder, which takes a few seconds.
 */
public final class Pack {

    private static final Object BUILT_IN_LOCK = new Object();
    private static Pack builtIn;

    private final CompiledPack compiled;
    private final TextAnalyzer analyzer;
    private final PackFiles files;
    private volatile List<LabelledRequest> examples;

    Pack(CompiledPack compiled, TextAnalyzer analyzer, PackFiles files, List<LabelledRequest> examples) {
        this.compiled = compiled;
        this.analyzer = analyzer;
        this.files = files;
        this.examples = examples;
    }

    /**
     * The pack that ships with Motive, loaded once and shared.
     *
     * @throws IllegalStateException when the built-in pack cannot be loaded (a broken build)
     */
    public static Pack builtIn() {
        synchronized (BUILT_IN_LOCK) {
            if (builtIn == null) {
                try {
                    PackFiles files = PackLoader.builtInFiles();
                    PackLoader.Loaded loaded = PackLoader.loadWithLexicons(files, PackLoader.builtInKieModule(),
                            PackLoader.builtInLexiconImage());
                    TextAnalyzer analyzer = TextAnalyzer.create(loaded.lexicons(),
                            loaded.pack().manifest().analysisSettings());
                    // The build checked the examples; they are read when first asked for.
                    builtIn = new Pack(loaded.pack(), analyzer, files, null);
                } catch (PackException e) {
                    throw new IllegalStateException("the built-in rules pack cannot be loaded:\n" + e.getMessage(), e);
                }
            }
            return builtIn;
        }
    }

    /**
     * Loads and compiles the pack in {@code dir}; every error is in the exception, each naming its
     * file and place ({@link PackCheck} lists the warnings too).
     */
    public static Pack load(Path dir) throws PackException {
        PackCheck.Checked checked = PackCheck.checkAndLoad(dir);
        if (checked.pack() == null) {
            throw new PackException(checked.check().errors().stream().map(PackProblem::text).toList());
        }
        return checked.pack();
    }

    public String name() {
        return compiled.manifest().name();
    }

    public String version() {
        return compiled.manifest().version();
    }

    /** {@code <version>-<7 hex digits of the pack's content>}: names the exact rules of a decision. */
    public String rulesVersion() {
        return compiled.rulesVersion();
    }

    public List<String> languages() {
        return compiled.manifest().languages();
    }

    /** The labelled requests of the pack's {@code examples/*.jsonl}: the pack's own tests. */
    public List<LabelledRequest> examples() {
        List<LabelledRequest> read = examples;
        if (read == null) {
            try {
                read = PackLoader.examples(files);
            } catch (PackException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            examples = read;
        }
        return read;
    }

    /**
     * Runs the pack's examples: every labelled request of {@code examples/*.jsonl} must be decided as
     * labelled, and every sentence of {@code examples/phrases/<lang>.yaml} must give (or not give)
     * its signal. Publishing a pack requires that this passes.
     */
    public PackTestReport test() {
        try {
            return PackTests.run(this, PackLoader.phraseExamples(files));
        } catch (PackException e) {
            // Pack.load read them already; only the built-in pack reads them late, and the build checks it.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Pack[" + name() + " " + rulesVersion() + "]";
    }

    CompiledPack compiled() {
        return compiled;
    }

    TextAnalyzer analyzer() {
        return analyzer;
    }
}
