package org.motive.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.motive.Motive;
import org.motive.mail.box.MailboxRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code motive mail}: decides the requests that arrive in a mailbox, until stopped. */
@Command(name = "mail",
        mixinStandardHelpOptions = true,
        versionProvider = MotiveVersion.class,
        sortOptions = false,
        description = {
            "Decides the requests that arrive in a mailbox (IMAP, IMAPS, POP3) until stopped with Ctrl-C: polls it,"
                + " decides each new message once (network invitations and cold e-mails), stores the decision,"
                + " then sets a keyword per verdict, moves the message or saves a reply draft, as configured."
                + " Never sends mail unless motive.mail.autoReply=true.",
            ""
        },
        footer = {
            "",
            "The settings are the motive.mail.* keys of an application.properties file; see connectors/README.md:",
            "  motive.mail.url=imaps://imap.example.org:993",
            "  motive.mail.username=anna@example.org",
            "  motive.mail.password=...        (or the environment variable MOTIVE_MAIL_PASSWORD)",
            "  motive.mail.actions=keyword,move,draft",
            "",
            "Exit status: 0 stopped; 2 unusable settings or rules pack; 3 unexpected failure."
        })
final class MailCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "The application.properties file with the motive.mail.* settings.")
    private Path config;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Decide with the rules pack in this folder instead of the built-in rules.")
    private Path rules;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            settings.load(in);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--config " + config + ": cannot read it (" + e + ")");
        }
        if (rules != null && !Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(), "--rules " + rules + ": no such folder");
        }
        Motive motive = RulesChoice.motive(rules, err);
        if (motive == null) {
            return MotiveCli.UNUSABLE;
        }
        MailboxRunner runner;
        try {
            runner = MailboxRunner.start(settings, motive);
        } catch (IllegalArgumentException e) {
            err.println("error: " + config + ": " + e.getMessage());
            err.flush();
            return MotiveCli.UNUSABLE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runner.close();
            stopped.countDown();
        }, "motive-mail-stop"));
        out.println("Deciding " + runner.mailbox() + " with the rules " + motive.pack().rulesVersion()
                + "; Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
