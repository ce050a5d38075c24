package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.json.MotiveJson;

/** The shaded {@code motive.jar} run as its own process, as a user runs it. */
class MotiveJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("motive.jar", "target/motive.jar"));
        assertThat(jar).as("the shaded jar, built by mvn package").isRegularFile();
    }

    @Test
    @DisplayName("the jar starts, and --help explains the commands")
    void help() throws Exception {
        Result result = run(null, "--help");

        assertThat(result.status).isZero();
        assertThat(result.stdout).contains("Usage: motive", "evaluate", "demo");
    }

    @Test
    @DisplayName("the rules engine works from inside the jar: the demo is decided")
    void demo() throws Exception {
        Result result = run(null, "demo", "--format", "json");

        assertThat(result.status).as(result.stderr).isZero();
        List<JsonNode> decisions = jsonLines(result.stdout);
        assertThat(decisions).hasSizeGreaterThanOrEqualTo(12);
        assertThat(decisions).allSatisfy(d -> assertThat(d.get("verdict").asText()).isIn("ACCEPT", "CLARIFY", "DECLINE"));
        assertThat(result.stderr).isEmpty();
    }

    @Test
    @DisplayName("from the jar, JSON Lines on stdin give decisions in order, a bad line a JSON error, and exit 1")
    void stdin() throws Exception {
        String input = "{\"id\":\"a\",\"message\":\"salam\"}\n"
                + "{\"id\":\"b\",\"message\":42}\n"
                + "{\"id\":\"c\",\"message\":\"Grüße aus Köln, wir haben uns auf der Messe getroffen.\"}\n";

        Result result = run(input, "evaluate", "--format", "json", "-");

        assertThat(result.status).isEqualTo(1);
        assertThat(jsonLines(result.stdout)).extracting(d -> d.get("requestId").asText()).containsExactly("a", "c");
        assertThat(jsonLines(result.stdout).get(1).at("/request/message").asText()).startsWith("Grüße aus Köln");
        JsonNode error = jsonLines(result.stderr).get(0);
        assertThat(error.get("file").asText()).isEqualTo("-");
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("field").asText()).isEqualTo("message");
    }

    @Test
    @DisplayName("from the jar, a text message is explained in plain text when stdout is not a terminal")
    void text() throws Exception {
        Result result = run(null, "evaluate", "--text", "salam");

        assertThat(result.status).as(result.stderr).isZero();
        assertThat(result.stdout).doesNotContain("\u001b[").contains("text-1").contains("1 request: ");
    }

    @Test
    @DisplayName("the ./motive launcher runs the jar from any folder and keeps stdout for decisions")
    void launcher() throws Exception {
        Path launcher = jar.toAbsolutePath().getParent().getParent().getParent().resolve("motive");
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString(), "evaluate", "--format", "json",
                "--text", "salam"));

        Result result = run(command, null, dir);

        assertThat(result.status).as(result.stderr).isZero();
        assertThat(jsonLines(result.stdout)).singleElement()
                .satisfies(d -> assertThat(d.get("requestId").asText()).isEqualTo("text-1"));
    }

    private Result run(String stdin, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return run(command, stdin, null);
    }

    private Result run(List<String> command, String stdin, Path workingDirectory)
            throws IOException, InterruptedException {
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        builder.environment().put("MOTIVE_SKIP_BUILD", "1");
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Path in = Files.writeString(dir.resolve("stdin"), stdin == null ? "" : stdin, StandardCharsets.UTF_8);
        builder.redirectInput(in.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(MotiveJson.mapper().readTree(line));
            }
        }
        return nodes;
    }

    private record Result(int status, String stdout, String stderr) {
    }
}
