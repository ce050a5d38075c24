package org.motive.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the {@code motive} command line. Exit status: 0 when every request was decided, 1 when
 * some input could not be read or decided, 2 for a wrong command line or an unusable rules pack,
 * 3 for an unexpected failure.
 *
 * <pre>{@code
 * int status = MotiveCli.create(Terminal.of(System.in)).execute("evaluate", "--text", "salam");
 * }</pre>
 */
public final class MotiveCli {

    /** Some input could not be read or decided; each problem was reported on stderr. */
    public static final int SOME_FAILED = 1;
    /** The command line or the rules pack cannot be used. */
    public static final int UNUSABLE = 2;
    /** A failure that is not the input's fault. */
    public static final int INTERNAL_ERROR = 3;

    private MotiveCli() {
    }

    public static CommandLine create(Terminal terminal) {
        CommandLine cli = new CommandLine(new MotiveCommand());
        cli.addSubcommand(new EvaluateCommand(terminal));
        cli.addSubcommand(new DemoCommand(terminal));
        cli.addSubcommand(rules());
        cli.addSubcommand(new MailCommand());
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(MotiveCli::usageError);
        cli.setExecutionExceptionHandler((exception, command, parseResult) -> {
            command.getErr().println("error: unexpected failure: " + exception);
            exception.printStackTrace(command.getErr());
            command.getErr().flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }

    private static CommandLine rules() {
        CommandLine rules = new CommandLine(new RulesCommand());
        rules.addSubcommand(new RulesExportCommand());
        rules.addSubcommand(new RulesCheckCommand());
        rules.addSubcommand(new RulesTestCommand());
        rules.addSubcommand(new RulesDiffCommand());
        return rules;
    }

    /** The mistake and where to read more, rather than the whole usage after every typo. */
    private static int usageError(CommandLine.ParameterException exception, String[] arguments) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return UNUSABLE;
    }
}
