package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.json.MotiveJson;
import org.motive.pack.PackLoader;
import picocli.CommandLine;

/** {@code motive rules check} and {@code motive rules test} on exported packs, some edited into mistakes. */
class RulesCheckAndTestCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @DisplayName("check of an unchanged export finds no problem and exits 0")
    void cleanPack() throws Exception {
        Path pack = export("clean");

        assertThat(run("rules", "check", pack.toString())).as(out.toString()).isZero();
        assertThat(out.toString().lines().toList())
                .containsExactly(pack + ": 0 errors, 0 warnings; the pack can be used");
    }

    @Test
    @DisplayName("check lists a warning with its place, and still exits 0")
    void warning() throws Exception {
        Path pack = export("warned");
        Path table = pack.resolve("tables/verdicts.csv");
        // Without its 'any of', the row above 'motivated' takes every request 'motivated' would.
        Files.writeString(table, Files.readString(table).replace(
                "long-or-recital,\"origin, purpose\",\"length.long, profile.recital\",", "long-or-recital,\"origin, purpose\",,"));

        assertThat(run("rules", "check", pack.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("tables/verdicts.csv!A7: warning: the row 'motivated' can never decide")
                .contains(": 0 errors, ");
    }

    @Test
    @DisplayName("check --format json lists an error with its place, and exits 1")
    void errorAsJson() throws Exception {
        Path pack = export("broken");
        Path table = pack.resolve("tables/verdicts.csv");
        Files.writeString(table, Files.readString(table).replace("origin, purpose\",,,ACCEPT", "origin, purpose\",,,ACEPT"));

        int status = run("rules", "check", "--format", "json", pack.toString());

        assertThat(status).isEqualTo(1);
        JsonNode document = MotiveJson.mapper().readTree(out.toString());
        assertThat(document.path("pack").asText()).isEqualTo(pack.toString());
        assertThat(document.path("errors")).isNotEmpty();
        assertThat(document.path("errors").get(0).path("place").asText()).startsWith("tables/verdicts.csv");
        assertThat(document.path("errors").get(0).path("message").asText()).contains("ACEPT");
        assertThat(document.path("warnings").isArray()).isTrue();
    }

    @Test
    @DisplayName("check and test of a folder that does not exist are usage errors with exit 2")
    void missingFolder() {
        assertThat(run("rules", "check", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(run("rules", "test", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder");
    }

    @Test
    @DisplayName("test of the built-in pack passes every example and exits 0")
    void builtInPasses() {
        assertThat(run("rules", "test", "built-in")).as(out.toString()).isZero();
        assertThat(out.toString()).matches("(?s)built-in 1\\.0\\.0-\\w{7}: \\d+ examples, 0 failed; \\d+ phrase examples, 0 failed; all passed\n");
    }

    @Test
    @DisplayName("test prints a mislabelled example with its verdicts, row, why and findings, and a failing phrase; exit 1")
    void failures() throws Exception {
        Path pack = export("failing");
        Files.writeString(pack.resolve("examples/dev.jsonl"),
                "{\"id\": \"wrong-label\", \"message\": \"salam\", \"expected\": \"ACCEPT\", \"why\": \"labelled by mistake\"}\n",
                StandardOpenOption.APPEND);
        Path phrases = pack.resolve("examples/phrases/en.yaml");
        Files.writeString(phrases, Files.readString(phrases).replace("origin.past:\n  match:\n",
                "origin.past:\n  match:\n    - \"We have never met.\"\n"));

        int status = run("rules", "test", pack.toString());

        assertThat(status).as(err.toString()).isEqualTo(1);
        assertThat(out.toString())
                .contains("FAIL example wrong-label: expected ACCEPT, decided DECLINE by row empty-or-template\n"
                        + "  why       labelled by mistake\n"
                        + "  findings  ")
                .contains("content.empty")
                .contains("FAIL phrase (en) origin.past: \"We have never met.\" should give origin.past")
                .containsPattern(pack + " 1\\.0\\.0-\\w{7}: \\d+ examples, 1 failed; \\d+ phrase examples, 1 failed\n");

        out.getBuffer().setLength(0);
        assertThat(run("rules", "test", "--format", "json", pack.toString())).isEqualTo(1);
        JsonNode document = MotiveJson.mapper().readTree(out.toString());
        assertThat(document.path("passed").asBoolean()).isFalse();
        assertThat(document.path("rulesVersion").asText()).startsWith("1.0.0-");
        assertThat(document.path("examples").asInt()).isGreaterThan(400);
        JsonNode example = document.path("exampleFailures").get(0);
        assertThat(example.path("id").asText()).isEqualTo("wrong-label");
        assertThat(example.path("expected").asText()).isEqualTo("ACCEPT");
        assertThat(example.path("actual").asText()).isEqualTo("DECLINE");
        assertThat(example.path("actualRow").asText()).isEqualTo("empty-or-template");
        assertThat(example.path("why").asText()).isEqualTo("labelled by mistake");
        assertThat(example.path("findings").toString()).contains("content.empty");
        JsonNode phrase = document.path("phraseFailures").get(0);
        assertThat(phrase.path("language").asText()).isEqualTo("en");
        assertThat(phrase.path("signal").asText()).isEqualTo("origin.past");
        assertThat(phrase.path("shouldMatch").asBoolean()).isTrue();
    }

    private Path export(String name) throws Exception {
        return PackLoader.builtInFiles().writeTo(dir.resolve(name));
    }

    private int run(String... arguments) {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments);
    }
}
