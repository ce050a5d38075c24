package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.json.MotiveJson;
import picocli.CommandLine;

/**
 * Follows docs/authoring.md step by step in a temporary folder: runs every {@code motive} command
 * of its code blocks through the command line, in order, makes the file edits it describes, and
 * checks the outcome it states. A command added to the guide without a step here fails the test,
 * so the guide cannot promise what the product does not do.
 */
class AuthoringGuideTest {

    private static String guide;
    private static List<String> guideCommands;

    @TempDir
    Path work;

    private final List<String> ran = new ArrayList<>();

    /** The outcome of one command: exit status and what it printed. */
    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void readGuide() throws Exception {
        guide = Files.readString(Path.of("..", "docs", "authoring.md"));
        guideCommands = commands(guide);
    }

    @Test
    @DisplayName("the guide has commands in code blocks, and the Spanish files it points to exist")
    void guideShape() {
        assertThat(guideCommands).hasSizeGreaterThan(10);
        assertThat(guide).contains("sample-app/src/test/resources/authoring/es/");
        assertThat(AuthoringGuideTest.class.getResource("/authoring/es/lexicons/es.yaml")).isNotNull();
        assertThat(AuthoringGuideTest.class.getResource("/authoring/es/replies/es.yaml")).isNotNull();
    }

    @Test
    @DisplayName("every command of the authoring guide runs, in the guide's order, with the outcome the guide states")
    void followTheGuide() throws Exception {
        Path pack = work.resolve("my-pack");

        // 1. Take a copy of the built-in rules
        Result export = run("motive rules export my-pack");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("pack.yaml", "tables/verdicts.csv", "lexicons/de.yaml", "examples/dev.jsonl",
                "motive rules check");
        assertThat(run("motive evaluate --rules my-pack --text \"Hello Anna, we met at your Lyon talk. Could we talk?\""))
                .satisfies(r -> decided(r, "ACCEPT", "motivated"));

        // 3. Change a threshold
        String sixtyWords = "Hello Anna, we met at the Lyon meetup last week, just after your talk on pricing for small"
                + " software companies. I run a team of four people in Grenoble and we are struggling with exactly the"
                + " questions you raised about annual plans and discounts. Could we have a thirty-minute call on Friday"
                + " afternoon to compare notes? Best regards, Tom";
        assertThat(sixtyWords.split("[\\s-]+")).hasSize(60);
        assertThat(run("motive evaluate --text \"" + sixtyWords + "\"")).satisfies(r -> decided(r, "ACCEPT", "motivated"));
        replace(pack.resolve("pack.yaml"), fromGuide("  longMessageWords: 200"), fromGuide("  longMessageWords: 30"));
        Result strict = run("motive evaluate --rules my-pack --text \"" + sixtyWords + "\"");
        decided(strict, "CLARIFY", "long-or-recital");
        assertThat(strict.out()).contains("length.long").contains("two or three sentences");
        replace(pack.resolve("pack.yaml"), "  longMessageWords: 30", "  longMessageWords: 200");

        // 4. Teach a new phrase (German)
        String german = "motive evaluate --rules my-pack --text \"Hallo Herr Brandt, wir haben beim Sommerfest der IHK"
                + " miteinander angestoßen. Hätten Sie nächste Woche Zeit für ein Telefonat?\"";
        decided(run(german), "CLARIFY", "purpose-without-origin");
        insertAfter(pack.resolve("lexicons/de.yaml"), "  origin.past:\n    phrases:\n",
                fromGuide("      - \"(haben|hatten) ..6 (miteinander|zusammen|gemeinsam) angestossen\""));
        insertAfter(pack.resolve("examples/phrases/de.yaml"), "origin.past:\n  match:\n",
                fromGuide("    - \"Wir haben beim Sommerfest der IHK miteinander angestoßen.\""));
        List<String> examples = jsonBlocks();
        Files.writeString(pack.resolve("examples/my-changes.jsonl"), examples.get(0) + "\n");
        Result toast = run(german);
        decided(toast, "ACCEPT", "motivated");
        assertThat(toast.out()).contains("origin.past");

        // 5. Add a rule: an invitation to an event is a purpose
        String openDay = "motive evaluate --rules my-pack --text \"Hello Anna, we met at the Lyon meetup last week."
                + " Join us at our open day on 12 March in Grenoble.\"";
        decided(run(openDay), "CLARIFY", "origin-without-purpose");
        insertAfter(pack.resolve("lexicons/en.yaml"), "  purpose.ask:\n    phrases:\n",
                fromGuide("      - \"(join us|you are welcome to join us|we would love to welcome you) (at|on|for|in)\""));
        Files.writeString(pack.resolve("examples/my-changes.jsonl"), examples.get(1) + "\n", java.nio.file.StandardOpenOption.APPEND);
        Result invited = run(openDay);
        decided(invited, "ACCEPT", "motivated");
        assertThat(invited.out()).contains("purpose.ask").contains("\"Join us at\"");

        // 6. Add a language (Spanish)
        assertThat(guide).contains("`languages: [fr, en, de]` to `languages: [fr, en, de, es]`");
        SpanishPackTest.addSpanish(pack);
        decided(run("motive evaluate --rules my-pack --text \"Hola Marta, nos conocimos en la feria Fitur de Madrid la"
                + " semana pasada. ¿Podríamos hablar por teléfono el jueves?\""), "ACCEPT", "motivated");
        decided(run("motive evaluate --rules my-pack --text \"Hola\""), "DECLINE", "empty-or-template");
        Result spanish = run("motive evaluate --rules my-pack --text \"Buenos días, le escribo porque me gustaría que me"
                + " enviara información sobre sus cursos de formación. Un saludo, Pedro\"");
        decided(spanish, "CLARIFY", "purpose-without-origin");
        assertThat(guide).contains("(\"¿Podría decirme dónde nos conocimos, o quién le\nsugirió que me contactara?\")");
        assertThat(spanish.out()).contains("¿Podría decirme dónde nos conocimos, o quién le sugirió que me contactara?");

        // 7. Check the pack
        Result check = run("motive rules check my-pack");
        assertThat(check.status()).as(check.out()).isZero();
        assertThat(check.out()).contains(pack + ": 0 errors, ").contains("the pack can be used")
                .doesNotContain(": error: ");

        // 8. Run the pack's own tests
        Result test = run("motive rules test my-pack");
        assertThat(test.status()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).endsWith("all passed\n");

        // 9. See what your changes change
        Result diff = run("motive rules diff built-in my-pack --corpus my-pack/examples/my-changes.jsonl");
        assertThat(diff.status()).as(diff.err()).isZero();
        assertThat(diff.out())
                .contains("Verdict changed (2)")
                .containsPattern("  sommerfest  CLARIFY -> ACCEPT  row purpose-without-origin -> motivated .*\\+origin\\.past")
                .containsPattern("  open-day  CLARIFY -> ACCEPT  row origin-without-purpose -> motivated .*\\+purpose\\.ask")
                .contains("Same verdict, other row (0)")
                .contains("Rule hits")
                .contains("Agreement with expected  0/2 (0.0%) -> 2/2 (100.0%)");
        Result json = run("motive rules diff built-in my-pack --corpus my-pack/examples/my-changes.jsonl --format json");
        assertThat(json.status()).as(json.err()).isZero();
        JsonNode document = MotiveJson.mapper().readTree(json.out());
        assertThat(document.path("verdictChanges")).hasSize(2);
        assertThat(document.path("agreement").path("after").asInt()).isEqualTo(2);

        assertThat(ran).as("the commands of docs/authoring.md, in order").containsExactlyElementsOf(guideCommands);
    }

    /** Every line starting with "motive " inside a fenced code block. */
    private static List<String> commands(String markdown) {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && line.startsWith("motive ")) {
                commands.add(line.strip());
            }
        }
        return commands;
    }

    /** The lines of the guide's ```json blocks, in order: the examples it asks to save. */
    private static List<String> jsonBlocks() {
        List<String> lines = new ArrayList<>();
        boolean inJson = false;
        for (String line : guide.lines().toList()) {
            if (line.startsWith("```")) {
                inJson = !inJson && line.equals("```json");
            } else if (inJson) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSize(2);
        return lines;
    }

    /** A line the guide tells the reader to type, checked to be in the guide. */
    private static String fromGuide(String line) {
        assertThat(guide).as("docs/authoring.md").contains(line + "\n");
        return line;
    }

    private static void decided(Result result, String verdict, String row) {
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith(verdict).contains("decided by " + row + " ");
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void insertAfter(Path file, String anchor, String line) throws Exception {
        replace(file, anchor, anchor + line + "\n");
    }

    /** Runs a command of the guide in-process; paths under my-pack are taken in the temporary folder. */
    private Result run(String command) {
        assertThat(guideCommands).as("a command of docs/authoring.md").contains(command);
        ran.add(command);
        List<String> arguments = new ArrayList<>();
        for (String word : words(command).subList(1, words(command).size())) {
            arguments.add(word.startsWith("my-pack") ? work.resolve(word).toString() : word);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(arguments.toArray(String[]::new));
        return new Result(status, out.toString(), err.toString());
    }

    /** Splits a command line as a shell does for these commands: on spaces, except inside double quotes. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (c == ' ' && !quoted) {
                if (started) {
                    words.add(word.toString());
                    word.setLength(0);
                    started = false;
                }
            } else {
                word.append(c);
                started = true;
            }
        }
        if (started) {
            words.add(word.toString());
        }
        return words;
    }
}
