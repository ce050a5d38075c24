package org.motive.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/** The options that choose how decisions are printed, shared by every command that prints them. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default): a readable explanation of each decision, then a summary line; "
                    + "json: one decision a line (JSON Lines) on stdout, in input order, and errors as JSON on stderr.")
    OutputFormat format;

    @Option(names = "--no-color",
            description = "Plain text without colours. Colours are used only when stdout is a terminal "
                    + "(and not when NO_COLOR is set).")
    boolean noColor;

    /** The writer for the chosen format, printing to {@code out} and {@code err}. */
    DecisionWriter writer(PrintWriter out, PrintWriter err, Terminal terminal) {
        if (format == OutputFormat.JSON) {
            return new JsonDecisionWriter(out, err);
        }
        Ansi ansi = noColor ? Ansi.OFF : Ansi.AUTO;
        Ansi errAnsi = noColor || !terminal.stderrIsTerminal() ? Ansi.OFF : Ansi.AUTO;
        return new TextDecisionWriter(out, err, ansi, errAnsi);
    }

    /** Progress is drawn on a terminal's stderr, only when the decisions go to a file or a pipe. */
    static ProgressLine progress(PrintWriter err, Terminal terminal) {
        return new ProgressLine(err, terminal.stderrIsTerminal() && !terminal.stdoutIsTerminal(), System::nanoTime);
    }
}
