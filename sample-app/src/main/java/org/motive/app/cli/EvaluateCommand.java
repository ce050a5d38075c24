package org.motive.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motive.Motive;
import org.motive.mail.MailFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motive evaluate}: decides requests given on the command line, in files or on stdin. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = MotiveVersion.class,
        description = {
            "Decides each request and explains the decision: ACCEPT, CLARIFY or DECLINE, the rule that decided,"
                + " the findings with the words that show them, what is missing, a hint and a reply draft.",
            "Requests are decided in order: the --text messages first, then each FILE in turn. A request that"
                + " cannot be read or decided is reported on stderr with its file, line and field, and the"
                + " others are still decided.",
            ""
        },
        footer = {
            "",
            "A request is a JSON object; only \"id\" and \"message\" are required, for example",
            "  {\"id\": \"r1\", \"channel\": \"linkedin\", \"message\": \"Bonjour, ...\"}",
            "",
            "Exit status: 0 every request was decided; 1 some input could not be read or decided;"
                + " 2 wrong command line or unusable rules pack; 3 unexpected failure.",
            "",
            "Examples:",
            "  motive evaluate --text \"Hallo Herr Weber, wir kennen uns aus Köln.\"",
            "  motive evaluate --format json requests.jsonl > decisions.jsonl",
            "  cat requests.jsonl | motive evaluate --lang fr -",
            "  motive evaluate --rules my-pack invitations.json",
            "  motive evaluate --format json invitation.eml ~/Mail/inbox.mbox"
        })
final class EvaluateCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--text", paramLabel = "MESSAGE",
            description = "A message to decide, as the whole request; repeat the option for several"
                    + " (their ids are text-1, text-2, ...).")
    private List<String> texts = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Requests to decide. A FILE ending in .json holds one request object or an array of"
                    + " them; any other FILE is JSON Lines (one request object a line, such as FILE.jsonl);"
                    + " - reads JSON Lines from stdin. Files are read as UTF-8, one request at a time. E-mail is"
                    + " read too: a message.eml (a network invitation becomes a request of that network, with the"
                    + " inviter and the personal note), an mbox file, or a folder of .eml and .mbox files.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Read every request in this language (an ISO 639-1 code such as fr, en or de)"
                    + " instead of the one it names or the one detected.")
    private String language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Decide with the rules pack in this folder (pack.yaml, tables/, rules/, lexicons/,"
                    + " replies/, examples/) instead of the built-in one. Its problems, if any, are listed"
                    + " and nothing is decided.")
    private Path rules;

    @Mixin
    private OutputOptions output;

    EvaluateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<RequestSource> sources = sources();
        String forcedLanguage = forcedLanguage();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rules != null && !Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(),
                    "--rules " + rules + ": " + (Files.exists(rules) ? "not a folder" : "no such folder"));
        }
        Motive motive = RulesChoice.motive(rules, err);
        if (motive == null) {
            return MotiveCli.UNUSABLE;
        }
        Tally tally = new BatchEvaluation(motive, forcedLanguage, output.writer(out, err, terminal),
                OutputOptions.progress(err, terminal)).run(sources);
        return tally.errors() == 0 ? 0 : MotiveCli.SOME_FAILED;
    }

    private List<RequestSource> sources() {
        List<RequestSource> sources = new ArrayList<>();
        if (!texts.isEmpty()) {
            sources.add(new TextSource(texts));
        }
        for (String file : files) {
            sources.add(source(file));
        }
        if (sources.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Nothing to decide: give --text MESSAGE, a FILE, or - to read JSON Lines from stdin");
        }
        return sources;
    }

    private RequestSource source(String file) {
        if (file.equals("-")) {
            return new JsonLinesSource("-", InputOpener.unclosed(terminal.stdin()), true);
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "Not a file name: " + file + " (" + e.getReason() + ")");
        }
        if (MailFiles.isMail(path)) {
            return new MailSource(file, path);
        }
        InputOpener opener = InputOpener.file(path);
        return file.toLowerCase(Locale.ROOT).endsWith(".json")
                ? new JsonDocumentSource(file, opener)
                : new JsonLinesSource(file, opener);
    }

    private String forcedLanguage() {
        if (language == null) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw new ParameterException(spec.commandLine(),
                    "--lang takes a two-letter ISO 639-1 code such as fr, en or de, not '" + language + "'");
        }
        return code;
    }
}
