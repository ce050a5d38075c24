package org.motive.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.motive.Pack;
import org.motive.PackTestReport;
import org.motive.json.MotiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motive rules test DIR}: runs a pack's own examples, the labelled requests and the phrase sentences. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = MotiveVersion.class,
        description = {
            "Runs the examples of a rules pack: every labelled request of examples/*.jsonl must get its"
                + " expected verdict, and every sentence of examples/phrases/<lang>.yaml must give (or not give)"
                + " its signal. Prints each failure with the expected and actual verdict, the row that decided,"
                + " the example's why and the findings, then a summary line.",
            ""
        },
        footer = {
            "",
            "--format json prints one document: {pack, rulesVersion, examples, phrases, passed,"
                + " exampleFailures: [{id, expected, actual, actualRow, why, findings}],"
                + " phraseFailures: [{language, signal, sentence, shouldMatch, signalsFound}]}.",
            "",
            "Exit status: 0 every example passed; 1 some failed; 2 wrong command line or unusable pack.",
            "",
            "Examples:",
            "  motive rules test my-pack",
            "  motive rules test built-in"
        })
final class RulesTestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The pack folder whose examples to run, or built-in.")
    private String dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default): each failure, then a summary; json: one JSON document.")
    private OutputFormat format;

    @Override
    public Integer call() {
        Path folder = PackFolder.resolve(dir, spec, true);
        PrintWriter out = spec.commandLine().getOut();
        Pack pack = RulesChoice.pack(folder, spec.commandLine().getErr());
        if (pack == null) {
            return MotiveCli.UNUSABLE;
        }
        PackTestReport report = pack.test();
        if (format == OutputFormat.JSON) {
            ObjectNode document = MotiveJson.mapper().createObjectNode();
            document.put("pack", dir);
            document.put("passed", report.passed());
            document.setAll((ObjectNode) MotiveJson.mapper().valueToTree(report));
            out.println(document);
        } else {
            print(report, out);
        }
        out.flush();
        return report.passed() ? 0 : MotiveCli.SOME_FAILED;
    }

    private void print(PackTestReport report, PrintWriter out) {
        for (PackTestReport.ExampleFailure failure : report.exampleFailures()) {
            out.println("FAIL example " + failure.id() + ": expected " + failure.expected() + ", decided "
                    + failure.actual() + " by row " + failure.actualRow());
            if (failure.why() != null && !failure.why().isBlank()) {
                out.println("  why       " + failure.why());
            }
            out.println("  findings  " + String.join(", ", failure.findings()));
        }
        for (PackTestReport.PhraseFailure failure : report.phraseFailures()) {
            out.println("FAIL phrase (" + failure.language() + ") " + failure.signal() + ": \"" + failure.sentence()
                    + "\" " + (failure.shouldMatch() ? "should give " : "should not give ") + failure.signal());
            out.println("  signals   " + (failure.signalsFound().isEmpty() ? "none" : String.join(", ", failure.signalsFound())));
        }
        int failed = report.exampleFailures().size() + report.phraseFailures().size();
        out.println(dir + " " + report.rulesVersion() + ": "
                + RulesCheckCommand.count(report.examples(), "example") + ", " + report.exampleFailures().size() + " failed; "
                + RulesCheckCommand.count(report.phrases(), "phrase example") + ", " + report.phraseFailures().size() + " failed"
                + (failed == 0 ? "; all passed" : ""));
    }
}
