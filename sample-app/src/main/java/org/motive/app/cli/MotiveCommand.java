package org.motive.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code motive}: the root command, which only dispatches to {@code evaluate}, {@code demo}, {@code rules} and {@code mail}. */
@Command(name = "motive",
        mixinStandardHelpOptions = true,
        versionProvider = MotiveVersion.class,
        description = {
            "Decides whether a professional contact request (a network invitation, a CRM lead, a cold e-mail)"
                + " is motivated: ACCEPT, CLARIFY or DECLINE, with the evidence in the message, what is missing,"
                + " a one-sentence hint and a reply draft.",
            ""
        },
        commandListHeading = "%nCommands:%n",
        footer = {
            "",
            "Exit status: 0 every request was decided; 1 some input could not be read or decided (reported on"
                + " stderr); 2 wrong command line or unusable rules pack; 3 unexpected failure.",
            "",
            "Examples:",
            "  motive demo",
            "  motive evaluate --text \"Hello Anna, we met at your Lyon talk. Could we talk?\"",
            "  motive evaluate --format json requests.jsonl > decisions.jsonl",
            "  motive rules export my-pack",
            "  motive mail --config application.properties",
            "  motive help evaluate"
        })
final class MotiveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: missing command: evaluate, demo, rules or mail");
        spec.commandLine().usage(err);
        err.flush();
        return MotiveCli.UNUSABLE;
    }
}
