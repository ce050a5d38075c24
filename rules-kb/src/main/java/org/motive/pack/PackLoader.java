package org.motive.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.motive.PackException;
import org.motive.analysis.Lexicon;
import org.motive.analysis.LexiconException;
import org.motive.analysis.LexiconImage;
import org.motive.explain.Explanations;
import org.motive.explain.Replies;
import org.motive.explain.RepliesReader;
import org.motive.json.InputException;
import org.motive.json.LabelledRequest;
import org.motive.rules.RuleBase;
import org.motive.rules.RuleCompileException;
import org.motive.rules.RuleCompiler;
import org.motive.rules.RuleInfo;

/**
 * Reads a pack's files, checks them against each other, and compiles or loads its rules. Every
 * problem found is reported at once, each naming its file and place.
 */
public final class PackLoader {

    /** Where the built-in pack's files sit on the class path. */
    public static final String BUILT_IN_ROOT = "motive/pack";
    /** Where the build puts the built-in pack's compiled rules. */
    public static final String BUILT_IN_RULES = "motive/pack.kjar";
    /** Where the build puts the built-in pack's compiled lexicons (see {@link LexiconImage}). */
    public static final String BUILT_IN_LEXICONS = "motive/pack.lexicons";

    private static final String DEVELOPER_RULES = "rules/";

    private PackLoader() {
    }

    /** A pack's files read and checked, with the DRL to compile. */
    private record Definition(PackManifest manifest, String rulesVersion, List<FindingRule> findings,
                              List<VerdictRow> verdicts, Explanations explanations, Vocabulary vocabulary,
                              Map<String, String> sources, Grid verdictGrid) {
    }

    /** A checked pack, the bytes of its compiled rules, and what is doubtful in its tables. */
    public record Compiled(CompiledPack pack, byte[] kieModule, List<String> warnings) {
    }

    /** Reads, checks and compiles a pack (a few seconds): for the build, and for a user's folder. */
    public static Compiled compile(PackFiles files) throws PackException {
        Definition definition = define(files);
        VerdictTableReader.checkCoverage(definition.verdictGrid(), definition.verdicts(), definition.vocabulary());
        byte[] kieModule;
        try {
            kieModule = RuleCompiler.compile(definition.sources(), definition.manifest().name(),
                    definition.rulesVersion());
        } catch (RuleCompileException e) {
            throw new PackException(e.errors());
        }
        // Only for a pack being compiled (checked): trying every combination of signals has a cost.
        List<String> warnings = VerdictTableReader.warnings(definition.verdictGrid(), definition.verdicts(),
                definition.vocabulary());
        return new Compiled(assemble(definition, RuleBase.load(kieModule), false), kieModule, warnings);
    }

    /**
     * Loads a pack whose rules were compiled beforehand; when {@code kieModule} is absent or was
     * compiled from other files than these, compiles them instead, so the rules always match the files.
     */
    public static CompiledPack load(PackFiles files, byte[] kieModule) throws PackException {
        return loadWithLexicons(files, kieModule, false, null).pack();
    }

    /** A loaded pack and the lexicons of its languages. */
    public record Loaded(CompiledPack pack, List<Lexicon> lexicons) {
    }

    /**
     * Loads a pack as {@link #load} does, and reads its lexicons. Loading the rules is mostly class
     * loading in Drools, reading the lexicons and the other files mostly parsing: each runs on its own
     * thread, so the pack is ready in about the time of the longest.
     */
    public static Loaded loadWithLexicons(PackFiles files, byte[] kieModule, byte[] lexiconImage)
            throws PackException {
        return loadWithLexicons(files, kieModule, true, lexiconImage);
    }

    private static Loaded loadWithLexicons(PackFiles files, byte[] kieModule, boolean withLexicons,
                                           byte[] lexiconImage) throws PackException {
        ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "motive-pack-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<RuleBase> rules = kieModule == null ? null : threads.submit(() -> RuleBase.load(kieModule));
            Future<List<Lexicon>> lexicons = null;
            if (withLexicons) {
                lexicons = threads.submit(() -> {
                    List<Lexicon> compiled = lexiconImage == null ? null : LexiconImage.read(lexiconImage, files.digest());
                    return compiled != null ? compiled
                            : lexicons(files, ManifestReader.read(files.bytes(ManifestReader.FILE)));
                });
            }
            Definition definition = define(files);
            CompiledPack pack;
            if (rules != null && definition.rulesVersion().equals(RuleBase.versionOf(kieModule))) {
                pack = assemble(definition, result(rules), true);
            } else {
                if (rules != null) {
                    rules.cancel(true);
                }
                pack = compile(files).pack();
            }
            return new Loaded(pack, lexicons == null ? List.of() : result(lexicons));
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T result(Future<T> future) throws PackException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the pack", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PackException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The files of the built-in pack, from the class path (a folder or a jar). */
    public static PackFiles builtInFiles() throws PackException {
        return PackFiles.readClasspath(BUILT_IN_ROOT, PackLoader.class.getClassLoader());
    }

    /** The built-in rules compiled at build time, or null when the build did not produce them. */
    public static byte[] builtInKieModule() {
        return resource(BUILT_IN_RULES);
    }

    /** The built-in lexicons compiled at build time, or null when the build did not produce them. */
    public static byte[] builtInLexiconImage() {
        return resource(BUILT_IN_LEXICONS);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PackLoader.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The lexicon of each language of the pack, {@code lexicons/common.yaml} merged in. */
    public static List<Lexicon> lexicons(PackFiles files, PackManifest manifest) throws PackException {
        List<String> problems = new ArrayList<>();
        List<Lexicon> lexicons = new ArrayList<>();
        byte[] common = files.bytesOrNull("lexicons/common.yaml");
        for (String language : manifest.languages()) {
            String file = "lexicons/" + language + ".yaml";
            byte[] yaml = files.bytesOrNull(file);
            if (yaml == null) {
                problems.add(file + ": missing; pack.yaml lists the language " + language);
                continue;
            }
            try {
                lexicons.add(Lexicon.parse(file, yaml, common));
            } catch (LexiconException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return List.copyOf(lexicons);
    }

    /** The labelled requests of {@code examples/*.jsonl}; a bad line is a problem naming file and line. */
    public static List<LabelledRequest> examples(PackFiles files) throws PackException {
        List<String> problems = new ArrayList<>();
        List<LabelledRequest> examples = new ArrayList<>();
        for (String file : files.paths(PackFiles.EXAMPLES)) {
            if (!file.endsWith(".jsonl")) {
                continue;
            }
            List<String> lines = files.text(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    examples.add(LabelledRequest.parse(lines.get(i)));
                } catch (InputException e) {
                    problems.add(file + ":" + (i + 1) + " at " + e.field() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return List.copyOf(examples);
    }

    /** Where the phrase examples of each language are: {@code examples/phrases/<lang>.yaml}. */
    static final String PHRASE_EXAMPLES = PackFiles.EXAMPLES + "phrases/";

    /**
     * The sentences of {@code examples/phrases/<lang>.yaml}: under each signal name, {@code match}
     * lists sentences that must give it and {@code noMatch} sentences that must not.
     */
    public static List<PhraseExample> phraseExamples(PackFiles files) throws PackException {
        List<String> problems = new ArrayList<>();
        List<PhraseExample> examples = new ArrayList<>();
        for (String file : files.paths(PHRASE_EXAMPLES)) {
            if (!file.endsWith(".yaml")) {
                continue;
            }
            String language = file.substring(PHRASE_EXAMPLES.length(), file.length() - ".yaml".length());
            com.fasterxml.jackson.databind.JsonNode root;
            try {
                root = ManifestReader.YAML.readTree(files.bytes(file));
            } catch (IOException e) {
                problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            if (root == null || !root.isObject()) {
                problems.add(file + ": expected a mapping of signal names to 'match' and 'noMatch' lists");
                continue;
            }
            for (var it = root.fields(); it.hasNext(); ) {
                var signal = it.next();
                if (!signal.getValue().isObject()) {
                    problems.add(file + " at " + signal.getKey() + ": expected 'match' and 'noMatch' lists");
                    continue;
                }
                for (var kind = signal.getValue().fields(); kind.hasNext(); ) {
                    var list = kind.next();
                    String path = file + " at " + signal.getKey() + "." + list.getKey();
                    if (!list.getKey().equals("match") && !list.getKey().equals("noMatch")) {
                        problems.add(path + ": unknown key; use match or noMatch");
                    } else if (!list.getValue().isArray()) {
                        problems.add(path + ": expected a list of sentences");
                    } else {
                        for (var sentence : list.getValue()) {
                            examples.add(new PhraseExample(language, signal.getKey(), sentence.asText(),
                                    list.getKey().equals("match")));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return List.copyOf(examples);
    }

    private static Definition define(PackFiles files) throws PackException {
        PackManifest manifest = ManifestReader.read(files.bytes(ManifestReader.FILE));
        List<String> problems = new ArrayList<>();
        List<String> code = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String path : files.paths(DEVELOPER_RULES)) {
            if (path.endsWith(".drl")) {
                sources.put(path, files.text(path));
            }
        }
        if (!sources.isEmpty() && !manifest.allowCode()) {
            // Rule code can do anything Java can; only a pack whose authors say so may carry it.
            for (String path : sources.keySet()) {
                code.add(path + ": a pack may contain rule code (DRL) only when pack.yaml says 'allowCode: true';"
                        + " express the rule in the decision tables or the lexicons, or have a developer review"
                        + " this file and add 'allowCode: true' to pack.yaml");
            }
        }
        List<FindingRule> findings = List.of();
        try {
            findings = FindingTableReader.read(GridReader.read(files, FindingTableReader.BASE, FindingTableReader.SHEET));
        } catch (PackException e) {
            problems.addAll(e.problems());
        }
        Map<String, Replies> replies = new LinkedHashMap<>();
        for (String language : manifest.languages()) {
            String file = "replies/" + language + ".yaml";
            try {
                replies.put(language, RepliesReader.read(file, files.bytes(file)));
            } catch (PackException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw refused(code, problems);
        }
        Set<String> signals = new LinkedHashSet<>();
        findings.forEach(rule -> signals.add(rule.signal()));
        for (Map.Entry<String, List<String>> group : manifest.groups().entrySet()) {
            if (signals.contains(group.getKey())) {
                problems.add(ManifestReader.FILE + " at groups." + group.getKey()
                        + ": a group cannot have the name of a signal");
            }
            for (int i = 0; i < group.getValue().size(); i++) {
                String member = group.getValue().get(i);
                if (!signals.contains(member)) {
                    problems.add(ManifestReader.FILE + " at groups." + group.getKey() + "[" + i + "]: '" + member
                            + "' is not a signal of tables/findings" + Names.suggestion(String.valueOf(member), signals));
                }
            }
        }
        Replies reference = replies.get(manifest.defaultLanguage());
        Vocabulary vocabulary = new Vocabulary(signals, manifest.groups(), reference.missingItems(),
                reference.templateKeys());
        List<VerdictRow> verdicts = List.of();
        Grid grid = null;
        try {
            grid = GridReader.read(files, VerdictTableReader.BASE, VerdictTableReader.SHEET);
            verdicts = VerdictTableReader.read(grid, vocabulary);
        } catch (PackException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw refused(code, problems);
        }
        if (!code.isEmpty()) {
            throw new PackException(code);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        findings.forEach(rule -> titles.put(rule.signal(), reference.rule(rule.signal()).title()));
        verdicts.forEach(row -> titles.put(row.id(), reference.row(row.id()).title()));
        sources.put(TableRuleWriter.FINDINGS_PATH, TableRuleWriter.findings(findings, titles));
        sources.put(TableRuleWriter.VERDICTS_PATH, TableRuleWriter.verdicts(verdicts, vocabulary, titles));
        String rulesVersion = manifest.version() + "-" + files.digest();
        return new Definition(manifest, rulesVersion, findings, verdicts,
                new Explanations(replies, manifest.defaultLanguage()), vocabulary, sources, grid);
    }

    private static PackException refused(List<String> code, List<String> problems) {
        List<String> all = new ArrayList<>(code);
        all.addAll(problems);
        return new PackException(all);
    }

    /** Checks what only the compiled rules can tell, then puts the pack together. */
    private static CompiledPack assemble(Definition definition, RuleBase rules, boolean precompiled)
            throws PackException {
        List<String> problems = new ArrayList<>();
        Set<String> ruleIds = new LinkedHashSet<>();
        Set<String> rowIds = new HashSet<>();
        definition.verdicts().forEach(row -> rowIds.add(row.id()));
        for (RuleInfo rule : rules.rules()) {
            if (rule.id() == null || rule.id().isBlank()) {
                problems.add("rules: the rule '" + rule.source() + "' has no @id (the signal it gives)");
                continue;
            }
            if (rule.title() == null || rule.title().isBlank()) {
                problems.add("rules: the rule '" + rule.source() + "' has no @title");
            }
            for (String signal : rule.evidenceFrom()) {
                if (!definition.vocabulary().signals().contains(signal)) {
                    problems.add("rules: the rule '" + rule.source() + "' takes its evidence from '" + signal
                            + "', which is not a signal of tables/findings");
                }
            }
            if (!rowIds.contains(rule.id())) {
                ruleIds.add(rule.id());
            }
        }
        for (FindingRule finding : definition.findings()) {
            String signal = finding.signal();
            boolean derived = rules.rules().stream().anyMatch(rule -> signal.equals(rule.id())
                    && !rule.source().startsWith(TableRuleWriter.PACKAGE + "/"));
            if (!derived && !AnalysisSignals.NAMES.contains(signal)) {
                problems.add("tables/findings: the signal '" + signal + "' is given neither by the analysis nor by"
                        + " a rule of rules/*.drl" + Names.suggestion(signal, AnalysisSignals.NAMES));
            }
        }
        Set<String> templates = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (VerdictRow row : definition.verdicts()) {
            if (row.reply() != null) {
                templates.add(row.reply());
            }
            missing.addAll(row.missing());
        }
        List<String> rowOrder = definition.verdicts().stream().map(VerdictRow::id).toList();
        for (Replies replies : definition.explanations().all()) {
            problems.addAll(replies.gaps(ruleIds, rowOrder, templates, missing));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new CompiledPack(definition.manifest(), definition.rulesVersion(), definition.findings(),
                definition.verdicts(), definition.explanations(), rules, precompiled);
    }
}
