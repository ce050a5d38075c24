package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.pack.PackFiles;
import org.motive.pack.PackLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code motive rules} and {@code motive rules export}, run in-process with their output captured. */
class RulesExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @DisplayName("'motive rules' alone prints its usage on stderr and exits 2")
    void rulesAlone() {
        assertThat(run("rules")).isEqualTo(2);
        assertThat(err.toString()).contains("missing command").contains("Usage: motive rules").contains("export");
    }

    @Test
    @DisplayName("every option and parameter of every rules command has a description in its help")
    void everyOptionDescribed() {
        CommandLine rules = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])))
                .getSubcommands().get("rules");
        assertThat(rules.getSubcommands()).containsKeys("export", "check", "test", "diff");
        for (CommandLine command : rules.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(String.join(" ", option.description()))
                        .as(command.getCommandName() + " " + option.longestName()).isNotBlank();
            }
            command.getCommandSpec().positionalParameters().forEach(parameter ->
                    assertThat(String.join(" ", parameter.description())).isNotBlank());
        }
    }

    @Test
    @DisplayName("export writes every file of the built-in pack into a new folder and names the next step")
    void exportsEveryFile() throws Exception {
        Path target = dir.resolve("my-pack");

        int status = run("rules", "export", target.toString());

        assertThat(status).as(err.toString()).isZero();
        PackFiles builtIn = PackLoader.builtInFiles();
        assertThat(builtIn.paths("")).contains("pack.yaml", "tables/verdicts.csv", "tables/findings.csv",
                "rules/derived.drl", "lexicons/en.yaml", "replies/de.yaml", "examples/dev.jsonl",
                "examples/phrases/fr.yaml");
        for (String path : builtIn.paths("")) {
            assertThat(target.resolve(path)).as(path).exists();
            assertThat(Files.readAllBytes(target.resolve(path))).as(path).isEqualTo(builtIn.bytes(path));
            assertThat(out.toString()).contains(path);
        }
        assertThat(PackFiles.read(target).digest()).isEqualTo(builtIn.digest());
        assertThat(out.toString()).contains("motive rules check " + target);
    }

    @Test
    @DisplayName("export refuses a folder that holds files, with exit 2, and keeps them")
    void refusesNonEmptyFolder() throws Exception {
        Path edited = Files.writeString(Files.createDirectories(dir.resolve("pack")).resolve("pack.yaml"), "name: mine\n");

        int status = run("rules", "export", dir.resolve("pack").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("is not empty").contains("--force");
        assertThat(Files.readString(edited)).isEqualTo("name: mine\n");
        assertThat(dir.resolve("pack/tables")).doesNotExist();
    }

    @Test
    @DisplayName("export --force writes into a folder that holds files, replacing those of the same name")
    void forceOverwrites() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: mine\n");
        Files.writeString(pack.resolve("notes.txt"), "mine");

        int status = run("rules", "export", "--force", pack.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(Files.readString(pack.resolve("pack.yaml"))).contains("motive-default");
        assertThat(pack.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    @DisplayName("export into a file, not a folder, is refused with exit 2")
    void refusesFile() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");

        assertThat(run("rules", "export", "--force", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a folder");
    }

    private int run(String... arguments) {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments);
    }
}
