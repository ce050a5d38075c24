package org.motive.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.motive.Motive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private OutputOptions output;

    DemoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Motive motive = RulesChoice.motive(null, err);
        if (motive == null) {
            return MotiveCli.UNUSABLE;
        }
        Tally tally = new BatchEvaluation(motive, null, output.writer(out, err, terminal),
                OutputOptions.progress(err, terminal))
                .run(List.of(new JsonLinesSource("demo" + REQUESTS, InputOpener.resource(REQUESTS))));
        return tally.errors() == 0 ? 0 : MotiveCli.SOME_FAILED;
    }
}
