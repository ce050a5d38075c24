package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command line's help and its answers to wrong usage, which need no rules to decide. */
class CommandLineUsageTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "evaluate --help", "demo --help", "help evaluate"})
    @DisplayName("help explains every option and exits 0")
    void help(String arguments) {
        int status = run(arguments.split(" "));

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Usage: motive");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @DisplayName("every option and parameter of every command has a description in its help")
    void everyOptionDescribed() {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        for (CommandLine command : cli.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(String.join(" ", option.description()))
                        .as(command.getCommandName() + " " + option.longestName()).isNotBlank();
            }
            command.getCommandSpec().positionalParameters().forEach(parameter ->
                    assertThat(String.join(" ", parameter.description())).isNotBlank());
        }
        String usage = cli.getSubcommands().get("evaluate").getUsageMessage();
        assertThat(usage).contains("--text", "--format", "--lang", "--rules", "--no-color", "FILE", ".jsonl", "stdin");
    }

    @Test
    @DisplayName("the version comes from the jar's manifest")
    void version() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("motive ");
    }

    @Test
    @DisplayName("without a command, the usage goes to stderr with exit status 2")
    void noCommand() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("missing command").contains("Usage: motive");
    }

    @Test
    @DisplayName("evaluate with nothing to decide says what to give, with exit status 2")
    void nothingToDecide() {
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(err.toString()).contains("Nothing to decide: give --text MESSAGE, a FILE, or -")
                .contains("Try 'motive evaluate --help'").doesNotContain("Usage:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"french", "f", "fr-FR", "12"})
    @DisplayName("a language that is not a two-letter code is refused with exit status 2")
    void badLanguage(String code) {
        assertThat(run("evaluate", "--lang", code, "--text", "salam")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang takes a two-letter ISO 639-1 code");
    }

    @Test
    @DisplayName("an unknown format is refused with the accepted values")
    void badFormat() {
        assertThat(run("evaluate", "--format", "xml", "--text", "salam")).isEqualTo(2);
        assertThat(err.toString()).contains("--format").contains("TEXT").contains("JSON");
    }

    @Test
    @DisplayName("a mistyped option suggests the right one")
    void typo() {
        assertThat(run("evaluate", "--formt", "json", "--text", "salam")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--formt'").contains("--format");
    }

    @Test
    @DisplayName("a rules folder that does not exist is refused before anything is decided")
    void missingRules(@TempDir Path dir) {
        assertThat(run("evaluate", "--rules", dir.resolve("nope").toString(), "--text", "salam")).isEqualTo(2);
        assertThat(err.toString()).contains("--rules").contains("no such folder");
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... arguments) {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments);
    }
}
