package org.motive.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.motive.Motive;
import org.motive.Pack;
import org.motive.json.MotiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motive rules diff OLD NEW --corpus FILE}: how a changed pack decides a corpus differently. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = MotiveVersion.class,
        description = {
            "Decides every request of a corpus with two rules packs and shows what changed: the requests"
                + " whose verdict changed (with the rows that decided and the rules present in one decision"
                + " and not the other), those with the same verdict decided by another row, how often each"
                + " rule fired before and after (changes first), the agreement with the corpus's expected"
                + " verdicts when its lines carry them, and the rules version of each pack.",
            ""
        },
        footer = {
            "",
            "--format json prints one document with these fields:",
            "  old, new        {pack, rulesVersion}: the pack as named on the command line and its version",
            "  requests        the number of requests decided",
            "  verdictChanges  [{id, line, oldVerdict, newVerdict, oldRow, newRow, onlyOld, onlyNew}]:"
                + " onlyOld and onlyNew are the finding rule ids present in only one of the two decisions",
            "  rowChanges      the same, for requests with the same verdict decided by another row",
            "  hits            [{rule, kind, before, after}]: kind is finding or row; changed counts first",
            "  agreement       {labelled, before, after, beforePercent, afterPercent}, only when some lines"
                + " carry \"expected\"",
            "",
            "Exit status: 0 every request was compared; 1 some lines of the corpus could not be read"
                + " (reported on stderr, the others are compared); 2 wrong command line or unusable pack.",
            "",
            "Examples:",
            "  motive rules diff built-in my-pack --corpus requests.jsonl",
            "  motive rules diff old-pack new-pack --corpus requests.jsonl --format json"
        })
final class RulesDiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The pack decisions are compared with: a folder, or built-in.")
    private String oldPack;

    @Parameters(index = "1", paramLabel = "NEW", description = "The changed pack: a folder, or built-in.")
    private String newPack;

    @Option(names = "--corpus", paramLabel = "FILE", required = true,
            description = "The requests to decide with both packs, as JSON Lines (one request object a line);"
                    + " a line may carry \"expected\": ACCEPT, CLARIFY or DECLINE.")
    private Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default): a report for people; json: one JSON document (fields below),"
                    + " and errors as JSON lines on stderr.")
    private OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path oldFolder = PackFolder.resolve(oldPack, spec, true);
        Path newFolder = PackFolder.resolve(newPack, spec, true);
        if (!Files.isRegularFile(corpus)) {
            throw new ParameterException(spec.commandLine(),
                    "--corpus " + corpus + ": " + (Files.isDirectory(corpus) ? "a folder, not a file" : "no such file"));
        }
        Pack oldRules = RulesChoice.pack(oldFolder, err);
        Pack newRules = RulesChoice.pack(newFolder, err);
        if (oldRules == null || newRules == null) {
            return MotiveCli.UNUSABLE;
        }
        CorpusReader.Corpus read = CorpusReader.read(corpus);
        for (Problem problem : read.problems()) {
            err.println(format == OutputFormat.JSON ? problem.toJson() : "error: " + problem.toText());
        }
        err.flush();
        PackDiff diff = PackDiff.of(
                new PackDiff.Side(oldPack, oldRules.rulesVersion()), Motive.builder().rules(oldRules).build(),
                new PackDiff.Side(newPack, newRules.rulesVersion()), Motive.builder().rules(newRules).build(),
                read.entries());
        if (format == OutputFormat.JSON) {
            out.println(MotiveJson.write(diff));
        } else {
            new DiffReport(out).print(diff, corpus.toString(), read.problems().size());
        }
        out.flush();
        return read.problems().isEmpty() ? 0 : MotiveCli.SOME_FAILED;
    }

    /** The diff as a report for people. */
    private record DiffReport(PrintWriter out) {

        void print(PackDiff diff, String corpusName, int unreadable) {
            out.println("Old  " + diff.old().pack() + "  " + diff.old().rulesVersion());
            out.println("New  " + diff.current().pack() + "  " + diff.current().rulesVersion());
            out.println("Corpus  " + corpusName + ": " + diff.requests() + " requests compared"
                    + (unreadable == 0 ? "" : ", " + unreadable + " could not be read"));
            changes("Verdict changed", diff.verdictChanges(), true);
            changes("Same verdict, other row", diff.rowChanges(), false);
            out.println();
            out.println("Rule hits (before -> after)");
            int width = diff.hits().stream().mapToInt(h -> h.rule().length()).max().orElse(0) + 6;
            for (PackDiff.Hits hits : diff.hits()) {
                String name = (hits.kind().equals("row") ? "row " : "") + hits.rule();
                out.printf("  %-" + width + "s %4d -> %4d%s%n", name, hits.before(), hits.after(),
                        hits.changed() ? String.format("  (%+d)", hits.after() - hits.before()) : "");
            }
            if (diff.agreement() != null) {
                PackDiff.Agreement agreement = diff.agreement();
                out.println();
                out.printf("Agreement with expected  %d/%d (%.1f%%) -> %d/%d (%.1f%%)%n",
                        agreement.before(), agreement.labelled(), agreement.beforePercent(),
                        agreement.after(), agreement.labelled(), agreement.afterPercent());
            }
            out.println();
            out.println(diff.verdictChanges().size() + " verdicts changed, " + diff.rowChanges().size()
                    + " other rows with the same verdict, of " + diff.requests() + " requests");
        }

        private void changes(String heading, List<PackDiff.Change> changes, boolean verdicts) {
            out.println();
            out.println(heading + " (" + changes.size() + ")");
            for (PackDiff.Change change : changes) {
                String verdict = verdicts ? change.oldVerdict() + " -> " + change.newVerdict() : change.newVerdict().toString();
                StringBuilder line = new StringBuilder("  ").append(change.id()).append("  ").append(verdict)
                        .append("  row ").append(change.oldRow()).append(" -> ").append(change.newRow());
                change.onlyOld().forEach(rule -> line.append("  -").append(rule));
                change.onlyNew().forEach(rule -> line.append("  +").append(rule));
                out.println(line);
            }
        }
    }
}
