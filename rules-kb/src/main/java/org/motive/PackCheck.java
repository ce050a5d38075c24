package org.motive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.motive.analysis.Lexicon;
import org.motive.analysis.TextAnalyzer;
import org.motive.json.LabelledRequest;
import org.motive.pack.CompiledPack;
import org.motive.pack.ManifestReader;
import org.motive.pack.PackFiles;
import org.motive.pack.PackLoader;
import org.motive.pack.PackManifest;

/**
 * What is wrong with a rules pack folder, found without running anything the pack contains: its
 * files read, its tables parsed against their grammar, its lexicons and replies checked, its rules
 * compiled (never fired), its examples read, and its decision table analysed for rows that can
 * never decide and rows that decide against each other.
 *
 * <pre>{@code
 * PackCheck check = PackCheck.of(Path.of("my-pack"));
 * check.problems().forEach(System.out::println);   // tables/verdicts.csv!C7: error: 'ACEPT' is not a verdict ...
 * }</pre>
 */
public record PackCheck(List<PackProblem> problems) {

    public PackCheck {
        problems = List.copyOf(problems);
    }

    /** Checks the pack in {@code dir}; a broken pack is a list of problems, never an exception. */
    public static PackCheck of(Path dir) {
        return checkAndLoad(dir).check();
    }

    /** A check, and the pack ready to decide when the check found no error. */
    record Checked(PackCheck check, Pack pack) {
    }

    /** Checks the pack and, when it has no error, builds it from what the check compiled. */
    static Checked checkAndLoad(Path dir) {
        List<PackProblem> problems = new ArrayList<>();
        PackFiles files;
        try {
            files = PackFiles.read(dir);
        } catch (PackException e) {
            return new Checked(new PackCheck(errors(e)), null);
        }
        CompiledPack compiled = null;
        try {
            PackLoader.Compiled result = PackLoader.compile(files);
            compiled = result.pack();
            problems.addAll(warnings(result.warnings()));
        } catch (PackException e) {
            problems.addAll(errors(e));
        }
        List<Lexicon> lexicons = null;
        PackManifest manifest = compiled != null ? compiled.manifest() : null;
        if (manifest == null) {
            try {
                manifest = ManifestReader.read(files.bytes(ManifestReader.FILE));
            } catch (PackException e) {
                // pack.yaml itself is broken, which the compilation reported; the lexicons need its languages.
            }
        }
        if (manifest != null) {
            try {
                lexicons = PackLoader.lexicons(files, manifest);
            } catch (PackException e) {
                problems.addAll(errors(e));
            }
        }
        List<LabelledRequest> examples = null;
        try {
            examples = PackLoader.examples(files);
        } catch (PackException e) {
            problems.addAll(errors(e));
        }
        try {
            PackLoader.phraseExamples(files);
        } catch (PackException e) {
            problems.addAll(errors(e));
        }
        PackCheck check = new PackCheck(problems);
        if (check.hasErrors()) {
            return new Checked(check, null);
        }
        TextAnalyzer analyzer = TextAnalyzer.create(lexicons, compiled.manifest().analysisSettings());
        return new Checked(check, new Pack(compiled, analyzer, files, examples));
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public List<PackProblem> errors() {
        return problems.stream().filter(p -> p.level() == PackProblem.Level.ERROR).toList();
    }

    public List<PackProblem> warnings() {
        return problems.stream().filter(p -> p.level() == PackProblem.Level.WARNING).toList();
    }

    private static List<PackProblem> errors(PackException e) {
        return e.problems().stream().distinct().map(p -> PackProblem.of(PackProblem.Level.ERROR, p)).toList();
    }

    private static List<PackProblem> warnings(List<String> warnings) {
        return warnings.stream().map(p -> PackProblem.of(PackProblem.Level.WARNING, p)).toList();
    }
}
