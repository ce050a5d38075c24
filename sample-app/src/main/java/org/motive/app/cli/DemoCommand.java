package org.motive.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.motive.Motive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code motive demo}: decides a bundled set of French, English and German requests with the built-in rules. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = MotiveVersion.class,
        description = {
            "Decides a bundled set of contact requests in French, English and German (network invitations"
                + " and e-mails, motivated or not, among them the three that the etiquette policy was written"
                + " from) with the built-in rules, and prints each decision.",
            ""
        })
final class DemoCommand implements Callable<Integer> {

    static final String REQUESTS = "/demo/requests.jsonl";

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Decide with the rules pack in this folder instead of the built-in rules"
                    + " (see motive rules export).")
    private Path rules;

    @Mixin
    private OutputOptions output;

    DemoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (rules != null && !Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(),
                    "--rules " + rules + ": " + (Files.exists(rules) ? "not a folder" : "no such folder"));
        }
        Motive motive = RulesChoice.motive(rules, err);
        if (motive == null) {
            return MotiveCli.UNUSABLE;
        }
        Tally tally = new BatchEvaluation(motive, null, output.writer(out, err, terminal),
                OutputOptions.progress(err, terminal))
                .run(List.of(new JsonLinesSource("demo" + REQUESTS, InputOpener.resource(REQUESTS))));
        return tally.errors() == 0 ? 0 : MotiveCli.SOME_FAILED;
    }
}
