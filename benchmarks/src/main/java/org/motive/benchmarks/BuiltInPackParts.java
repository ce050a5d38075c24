package org.motive.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.motive.PackException;
import org.motive.analysis.Analysis;
import org.motive.analysis.Signal;
import org.motive.analysis.TextAnalyzer;
import org.motive.model.ContactRequest;
import org.motive.pack.CompiledPack;
import org.motive.pack.PackFiles;
import org.motive.pack.PackLoader;
import org.motive.rules.ContactFact;
import org.motive.rules.Firing;
import org.motive.rules.MessageFact;
import org.motive.rules.SignalFact;

/**
 * The built-in pack taken apart, loaded the way {@code Pack.builtIn()} loads it, so that each part
 * of {@code evaluate()} can be timed alone: the text analysis, and the Drools rules on the signals
 * of an analysis. The facts handed to the rules are those that {@code Motive} hands them; the
 * benchmark tests check that both pick the same verdict row on every example of the pack.
 *
 * <pre>{@code
 * BuiltInPackParts parts = BuiltInPackParts.load();
 * Firing firing = parts.fire(parts.analyzer().analyze(request), request);
 * }</pre>
 */
public final class BuiltInPackParts {

    private final CompiledPack compiled;
    private final TextAnalyzer analyzer;

    private BuiltInPackParts(CompiledPack compiled, TextAnalyzer analyzer) {
        this.compiled = compiled;
        this.analyzer = analyzer;
    }

    /**
     * Reads the built-in pack's files and its rules compiled at build time, and builds its analyzer.
     *
     * @throws IllegalStateException when the pack cannot be loaded or its rules had to be compiled
     *                               on loading (the build did not precompile them): the figures
     *                               would not be those of the built-in pack
     */
    public static BuiltInPackParts load() {
        try {
            PackFiles files = PackLoader.builtInFiles();
            CompiledPack compiled = PackLoader.load(files, PackLoader.builtInKieModule());
            if (!compiled.precompiled()) {
                throw new IllegalStateException("the built-in rules were compiled on loading, not at build time;"
                        + " rebuild rules-kb so that " + PackLoader.BUILT_IN_RULES + " matches the pack's files");
            }
            TextAnalyzer analyzer = TextAnalyzer.create(PackLoader.lexicons(files, compiled.manifest()),
                    compiled.manifest().analysisSettings());
            return new BuiltInPackParts(compiled, analyzer);
        } catch (PackException e) {
            throw new IllegalStateException("the built-in rules pack cannot be loaded:\n" + e.getMessage(), e);
        }
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The pack's {@code longMessageWords} threshold, for the hand-coded policy. */
    public int longMessageWords() {
        return compiled.manifest().thresholds().longMessageWords();
    }

    /** The facts {@code Motive} gives the rules for a request and its analysis. */
    public List<Object> facts(Analysis analysis, ContactRequest request) {
        Set<String> names = new LinkedHashSet<>();
        for (Signal signal : analysis.signals()) {
            names.add(signal.name());
        }
        String register = analysis.register() == null ? "unknown"
                : analysis.register().name().toLowerCase(Locale.ROOT);
        List<Object> facts = new ArrayList<>(names.size() + 8);
        names.forEach(name -> facts.add(new SignalFact(name)));
        facts.add(new MessageFact(analysis.words(), analysis.language(), register));
        facts.add(ContactFact.of(request.context()));
        facts.addAll(compiled.thresholdFacts());
        return facts;
    }

    /** Runs the rules alone on facts made beforehand: derived signals, findings and the verdict row. */
    public Firing fire(List<Object> facts) {
        return compiled.rules().fire(facts);
    }
}
