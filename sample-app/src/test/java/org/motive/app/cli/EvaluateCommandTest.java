package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.app.cli.Sources.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.Motive;
import org.motive.json.MotiveJson;
import org.motive.model.Decision;
import org.motive.model.Finding;
import org.motive.model.Severity;
import org.motive.model.Verdict;
import picocli.CommandLine;

/** {@code motive evaluate} run in-process with the built-in rules, its output captured. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @DisplayName("JSON output has one decision per request, in input order, and nothing else on stdout")
    void jsonOrderAndCount() throws Exception {
        Path file = write("in.jsonl",
                line("c", "salam"),
                "",
                line("a", "Hello Tom, we met at the Lyon meetup last week. Could we have a call on Friday?"),
                line("b", "Guten Tag, ich möchte Sie zu meinem Netzwerk hinzufügen."),
                line("z", "Bonjour, pourriez-vous m'envoyer votre devis avant jeudi ?"));

        int status = run("evaluate", "--format", "json", file.toString());

        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        List<Decision> decisions = decisions();
        assertThat(decisions).extracting(Decision::requestId).containsExactly("c", "a", "b", "z");
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.verdict()).isNotNull();
            assertThat(decision.rulesVersion()).isNotBlank();
            assertThat(decision.request()).isNotNull();
        });
    }

    @Test
    @DisplayName("a bad line is a JSON error on stderr naming the file, line and field; the others are decided; exit 1")
    void badLines() throws Exception {
        Path file = write("mixed.jsonl",
                line("first", "salam"),
                "{\"id\": \"second\"}",
                line("third", "Hallo Eva, wir haben uns auf der Messe in Köln kennengelernt."),
                "{\"id\": \"fourth\", \"message\": \"unterminated",
                "{\"id\": 5, \"message\": \"Hi\"}",
                line("sixth", "Hi"));

        int status = run("evaluate", "--format", "json", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(decisions()).extracting(Decision::requestId).containsExactly("first", "third", "sixth");
        List<JsonNode> errors = jsonLines(err.toString());
        assertThat(errors).hasSize(3);
        assertThat(errors).extracting(e -> e.get("file").asText()).containsOnly(file.toString());
        assertThat(errors).extracting(e -> e.get("line").asInt()).containsExactly(2, 4, 5);
        assertThat(errors).extracting(e -> e.get("field").asText()).containsExactly("message", "$", "id");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("error").asText()).isNotBlank());
    }

    @Test
    @DisplayName("an empty file, a binary file and a missing file are each one error, and the next file is decided")
    void unusableFiles() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        Path binary = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path good = write("good.jsonl", line("ok", "salam"));

        int status = run("evaluate", "--format", "json", empty.toString(), binary.toString(),
                dir.resolve("missing.jsonl").toString(), good.toString());

        assertThat(status).isEqualTo(1);
        assertThat(decisions()).extracting(Decision::requestId).containsExactly("ok");
        List<JsonNode> errors = jsonLines(err.toString());
        assertThat(errors).extracting(e -> e.get("file").asText())
                .containsExactly(empty.toString(), binary.toString(), dir.resolve("missing.jsonl").toString());
        assertThat(errors).extracting(e -> e.get("error").asText())
                .satisfiesExactly(
                        e -> assertThat(e).contains("empty"),
                        e -> assertThat(e).contains("binary"),
                        e -> assertThat(e).contains("no such file"));
    }

    @Test
    @DisplayName("a 10 MB message is read and decided")
    void tenMegabyteMessage() throws Exception {
        String message = "Hello, we met at the Berlin fair. ".repeat(310_000).substring(0, 10_000_000);
        Path file = write("big.jsonl", line("big", message));

        int status = run("evaluate", "--format", "json", file.toString());

        assertThat(status).as(err.toString()).isZero();
        Decision decision = decisions().get(0);
        assertThat(decision.requestId()).isEqualTo("big");
        assertThat(decision.request().message()).hasSize(10_000_000);
    }

    @Test
    @DisplayName("--lang es, a language the built-in rules do not read, is still decided, with a warning")
    void unsupportedLanguage() throws Exception {
        int status = run("evaluate", "--format", "json", "--lang", "es",
                "--text", "Hola Marta, nos conocimos en la feria de Madrid. ¿Podemos hablar el jueves?");

        assertThat(status).isZero();
        Decision decision = decisions().get(0);
        assertThat(decision.request().language()).isEqualTo("es");
        assertThat(decision.findings()).filteredOn(finding -> finding.severity() == Severity.WARNING)
                .extracting(Finding::rule).anyMatch(rule -> rule.contains("language"));
    }

    @Test
    @DisplayName("--lang sets the language of every request")
    void forcedLanguage() throws Exception {
        Path file = write("in.jsonl", "{\"id\":\"x\",\"language\":\"de\",\"message\":\"Bonjour, au plaisir.\"}");

        run("evaluate", "--format", "json", "--lang", "FR", file.toString());

        assertThat(decisions().get(0).request().language()).isEqualTo("fr");
    }

    @Test
    @DisplayName("JSON Lines on stdin and a .json array file are decided in the order given")
    void stdinAndJsonArray() throws Exception {
        Path array = write("two.json", "[", line("j1", "salam") + ",", line("j2", "Hi"), "]");
        String stdin = line("s1", "Hallo") + "\n" + line("s2", "Bonjour") + "\n";

        int status = runWithStdin(stdin, "evaluate", "--format", "json", "--text", "hello", "-", array.toString());

        assertThat(status).isZero();
        assertThat(decisions()).extracting(Decision::requestId).containsExactly("text-1", "s1", "s2", "j1", "j2");
    }

    @Test
    @DisplayName("a decision read from stdin is printed at once, before the input ends")
    void streamingStdin() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        StringWriter decisions = new StringWriter();
        CommandLine cli = MotiveCli.create(Terminal.of(stdin));
        cli.setOut(new PrintWriter(new BufferedWriter(decisions, 1 << 16)));
        cli.setErr(new PrintWriter(err, true));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> status = executor.submit(() -> cli.execute("evaluate", "--format", "json", "-"));
            feed.write((line("first", "salam") + "\n").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!decisions.toString().contains("\"first\"") && !status.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(decisions.toString()).as("the first decision, while stdin is still open").contains("\"requestId\":\"first\"");
            feed.close();
            assertThat(status.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("text output explains each decision and closes with the count of each verdict")
    void textOutput() {
        int status = run("evaluate", "--no-color", "--text", "salam",
                "--text", "Hello Tom, we met at the Lyon meetup last week. Could we have a call on Friday?");

        assertThat(status).isZero();
        String text = out.toString();
        assertThat(text).doesNotContain("\u001b[");
        assertThat(text).containsPattern("(?m)^(ACCEPT |CLARIFY|DECLINE)  text-1 · ");
        assertThat(text).containsPattern("(?m)^(ACCEPT |CLARIFY|DECLINE)  text-2 · ");
        assertThat(text).containsPattern("(?m)^2 requests: \\d ACCEPT, \\d CLARIFY, \\d DECLINE, 0 errors$");
        assertThat(text).contains("Findings");
    }

    @Test
    @DisplayName("requests decided on several threads come out in input order, whatever each one takes")
    void parallelKeepsOrder() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            lines.add(line("r" + i, i % 3 == 0 ? "salam" : "Hello Anna, we met at the Lyon meetup. Could we talk?"));
        }
        Path file = write("many.jsonl", lines.toArray(String[]::new));
        Motive motive = Motive.builder().build();
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Random random = new java.util.Random(7);
        StringWriter decisions = new StringWriter();
        StringWriter errors = new StringWriter();
        Tally tally = new BatchEvaluation(request -> {
            threads.add(Thread.currentThread().getName());
            if (random.nextInt(10) == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000); // some requests take longer
            }
            return motive.evaluate(request);
        }, null, new JsonDecisionWriter(new PrintWriter(decisions), new PrintWriter(errors)),
                ProgressLine.disabled(new PrintWriter(errors))).run(List.of(new JsonLinesSource(file.toString(),
                InputOpener.file(file))));

        assertThat(tally.total()).isEqualTo(600);
        List<String> ids = jsonLines(decisions.toString()).stream().map(d -> d.get("requestId").asText()).toList();
        assertThat(ids).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 600).mapToObj(i -> "r" + i).toList());
        assertThat(threads).allSatisfy(name -> assertThat(name).isEqualTo("motive-evaluate"));
    }

    @Test
    @DisplayName("an exception while deciding one request is reported with its line, and the next is decided")
    void failureWhileDeciding() throws Exception {
        Path file = write("in.jsonl", line("a", "salam"), line("boom", "salam"), line("c", "salam"));
        Motive motive = Motive.builder().build();
        StringWriter errors = new StringWriter();
        StringWriter decisions = new StringWriter();
        JsonDecisionWriter writer = new JsonDecisionWriter(new PrintWriter(decisions), new PrintWriter(errors));

        Tally tally = new BatchEvaluation(request -> {
            if (request.id().equals("boom")) {
                throw new IllegalStateException("the engine broke");
            }
            return motive.evaluate(request);
        }, null, writer, ProgressLine.disabled(new PrintWriter(errors)))
                .run(List.of(new JsonLinesSource(file.toString(), InputOpener.file(file))));

        assertThat(tally.errors()).isEqualTo(1);
        assertThat(tally.total()).isEqualTo(3);
        assertThat(jsonLines(decisions.toString())).extracting(d -> d.get("requestId").asText()).containsExactly("a", "c");
        JsonNode error = jsonLines(errors.toString()).get(0);
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("id").asText()).isEqualTo("boom");
        assertThat(error.get("error").asText()).isEqualTo("could not be decided: the engine broke");
    }

    @Test
    @DisplayName("a rules folder that cannot be loaded lists its problems on stderr and exits 2")
    void brokenRules() throws Exception {
        Path pack = Files.createDirectory(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: [broken\n");

        int status = run("evaluate", "--rules", pack.toString(), "--text", "salam");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("error: the rules pack in " + pack + " cannot be used:")
                .contains("\n  - ");
    }

    @Test
    @DisplayName("a copy of the built-in rules folder decides like the built-in rules")
    void rulesFolder() throws Exception {
        Path builtIn = Path.of("..", "rules-kb", "src", "main", "resources", "motive", "pack");
        Path copy = dir.resolve("pack");
        try (var files = Files.walk(builtIn)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(builtIn.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        String message = "Bonjour et merci de bien vouloir accepter ma demande de mise en relation, bon week end. Cordialement";

        int status = run("evaluate", "--format", "json", "--rules", copy.toString(), "--text", message);

        assertThat(status).as(err.toString()).isZero();
        Decision fromFolder = decisions().get(0);
        Decision builtInDecision = Motive.builder().build().evaluate(fromFolder.request());
        assertThat(fromFolder.verdict()).isEqualTo(builtInDecision.verdict()).isEqualTo(Verdict.DECLINE);
        assertThat(fromFolder.decidedBy()).isEqualTo(builtInDecision.decidedBy());
    }

    @Test
    @DisplayName("an invitation e-mail is decided as a request of its network, from the inviter, on the personal note")
    void invitationEmail() throws Exception {
        java.nio.file.Path mail = java.nio.file.Path.of("../connectors/src/test/resources/mail");
        assertThat(run("evaluate", "--format", "json", mail.resolve("linkedin-invitation-2016.eml").toString()))
                .as(err.toString()).isZero();
        Decision decision = decisions().get(0);
        assertThat(decision.request().channel()).isEqualTo(org.motive.model.Channel.LINKEDIN);
        assertThat(decision.request().sender().name()).isEqualTo("Steven Footle");
        assertThat(decision.request().message()).isEqualTo("I'd like to join your LinkedIn network.");
        assertThat(decision.verdict()).isEqualTo(Verdict.DECLINE);
    }

    @Test
    @DisplayName("a folder of e-mails is decided message by message, and one that is not mail is reported without stopping the rest")
    void mailFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path mail = java.nio.file.Path.of("../connectors/src/test/resources/mail");
        for (String name : List.of("linkedin-en-note.eml", "xing-de-note.eml", "viadeo-fr-note.eml")) {
            java.nio.file.Files.copy(mail.resolve(name), dir.resolve(name));
        }
        java.nio.file.Files.write(dir.resolve("broken.eml"), new byte[] {0, 1, 2, 3, (byte) 0xff});

        assertThat(run("evaluate", "--format", "json", dir.toString())).isEqualTo(MotiveCli.SOME_FAILED);
        assertThat(decisions()).extracting(d -> d.request().channel()).containsExactly(org.motive.model.Channel.LINKEDIN,
                org.motive.model.Channel.VIADEO, org.motive.model.Channel.XING);
        assertThat(err.toString()).contains("broken.eml").contains("not an e-mail message");
    }

    @Test
    @DisplayName("demo decides every bundled request and declines the three requests the policy was written from")
    void demo() throws Exception {
        int status = run("demo", "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        List<Decision> decisions = decisions();
        assertThat(decisions).hasSizeGreaterThanOrEqualTo(12);
        assertThat(decisions).filteredOn(d -> List.of("demo-fr-salam", "demo-fr-bon-week-end", "demo-fr-recommandation")
                .contains(d.requestId())).hasSize(3).allSatisfy(d -> assertThat(d.verdict()).isEqualTo(Verdict.DECLINE));
        assertThat(decisions).extracting(d -> d.language()).contains("fr", "en", "de");
        assertThat(decisions).extracting(Decision::verdict).contains(Verdict.ACCEPT, Verdict.CLARIFY, Verdict.DECLINE);
    }

    @Test
    @DisplayName("demo decides with a rules folder given with --rules, and refuses a missing one")
    void demoWithRules(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path pack = org.motive.pack.PackLoader.builtInFiles().writeTo(dir.resolve("pack"));
        java.nio.file.Files.writeString(pack.resolve("pack.yaml"), java.nio.file.Files.readString(pack.resolve("pack.yaml"))
                .replace("version: 1.0.0", "version: 7.0.0"));
        assertThat(run("demo", "--format", "json", "--rules", pack.toString())).as(err.toString()).isZero();
        assertThat(decisions()).isNotEmpty().allSatisfy(d -> assertThat(d.rulesVersion()).startsWith("7.0.0-"));
        assertThat(run("demo", "--rules", dir.resolve("nowhere").toString())).isEqualTo(MotiveCli.UNUSABLE);
        assertThat(err.toString()).contains("no such folder");
    }

    @Test
    @DisplayName("demo in text colours the verdicts when colours are asked for, and --no-color turns them off")
    void demoText() {
        String before = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            assertThat(run("demo")).isZero();
            assertThat(out.toString()).contains("\u001b[").containsPattern("DECLINE.*demo-fr-salam");
            out.getBuffer().setLength(0);
            assertThat(run("demo", "--no-color")).isZero();
            assertThat(out.toString()).doesNotContain("\u001b[")
                    .containsPattern("(?m)^\\d+ requests: \\d+ ACCEPT, \\d+ CLARIFY, \\d+ DECLINE, 0 errors$");
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }

    private Path write(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private int run(String... arguments) {
        return runWithStdin("", arguments);
    }

    private int runWithStdin(String stdin, String... arguments) {
        return cli(stdin).execute(arguments);
    }

    private CommandLine cli(String stdin) {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    private List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        for (String text : out.toString().split("\n")) {
            if (!text.isEmpty()) {
                decisions.add(MotiveJson.readDecision(text));
            }
        }
        return decisions;
    }

    private static List<JsonNode> jsonLines(String text) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(MotiveJson.mapper().readTree(line));
            }
        }
        return nodes;
    }
}
