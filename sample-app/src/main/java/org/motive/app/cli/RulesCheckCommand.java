package org.motive.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.motive.PackCheck;
import org.motive.PackProblem;
import org.motive.json.MotiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motive rules check DIR}: every problem of a pack folder, found without deciding anything. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = MotiveVersion.class,
        description = {
            "Checks a rules pack folder without running anything it contains: pack.yaml, the tables, the"
                + " lexicons, the replies, the rules and the examples are read and compiled, and the verdict"
                + " table is searched for rows that can never decide. Prints every error, then every warning"
                + " (each with its file and place), then a summary line.",
            ""
        },
        footer = {
            "",
            "--format json prints one document: {pack, errors: [{place, message}], warnings: [{place, message}]}.",
            "",
            "Exit status: 0 no error (warnings allowed); 1 the pack has errors; 2 wrong command line.",
            "",
            "Example:",
            "  motive rules check my-pack"
        })
final class RulesCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The pack folder to check (pack.yaml, tables/, rules/, lexicons/, replies/, examples/).")
    private String dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default): one problem a line, then a summary; json: one JSON document.")
    private OutputFormat format;

    @Override
    public Integer call() {
        Path folder = PackFolder.resolve(dir, spec, false);
        PackCheck check = PackCheck.of(folder);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode document = MotiveJson.mapper().createObjectNode();
            document.put("pack", dir);
            document.set("errors", problems(check.errors()));
            document.set("warnings", problems(check.warnings()));
            out.println(document);
        } else {
            check.errors().forEach(out::println);
            check.warnings().forEach(out::println);
            out.println(dir + ": " + count(check.errors().size(), "error") + ", " + count(check.warnings().size(), "warning")
                    + (check.hasErrors() ? "; the pack cannot be used until the errors are fixed" : "; the pack can be used"));
        }
        out.flush();
        return check.hasErrors() ? MotiveCli.SOME_FAILED : 0;
    }

    private static ArrayNode problems(List<PackProblem> problems) {
        ArrayNode array = MotiveJson.mapper().createArrayNode();
        for (PackProblem problem : problems) {
            array.addObject().put("place", problem.place()).put("message", problem.message());
        }
        return array;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
