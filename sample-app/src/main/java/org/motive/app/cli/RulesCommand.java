package org.motive.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code motive rules}: the commands a business user needs to change the rules safely: export the
 * built-in pack, edit the copy, check and test it, and compare its decisions with the old ones.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = MotiveVersion.class,
        description = {
            "Works on rules packs: the folders of tables, word lists, replies and examples that decide.",
            ""
        },
        commandListHeading = "%nCommands:%n",
        footer = {
            "",
            "A pack is changed in four steps: export the built-in one, edit the copy, check and test it,"
                + " then compare its decisions with the current ones on a corpus of requests.",
            "",
            "Examples:",
            "  motive rules export my-pack",
            "  motive evaluate --rules my-pack --text \"Hello Anna, we met at your Lyon talk. Could we talk?\"",
            "  motive rules check my-pack",
            "  motive rules test my-pack",
            "  motive rules diff built-in my-pack --corpus requests.jsonl",
            "",
            "docs/authoring.md walks through a whole change."
        })
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: missing command: " + String.join(", ", spec.subcommands().keySet()));
        spec.commandLine().usage(err);
        err.flush();
        return MotiveCli.UNUSABLE;
    }
}
