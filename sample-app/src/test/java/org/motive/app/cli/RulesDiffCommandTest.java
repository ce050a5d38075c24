package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.app.cli.Sources.line;

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
import org.motive.Pack;
import org.motive.json.MotiveJson;
import org.motive.pack.PackLoader;
import picocli.CommandLine;

/**
 * {@code motive rules diff} between the built-in pack and a copy where messages of more than 30
 * words are long, and the ACCEPT row is renamed: one request changes verdict, one changes row only.
 */
class RulesDiffCommandTest {

    /** 41 words, motivated: ACCEPT with the built-in pack, too long for the changed one. */
    private static final String LONG = "Hello Tom, we met at the Lyon meetup last week, just after your talk on pricing"
            + " for small software companies. I run a team of four people in Grenoble and we struggle with exactly"
            + " the same questions. Could we have a call on Friday? Best, Anna";
    private static final String SHORT = "Hello Tom, we met at the Lyon meetup last week. Could we have a call on Friday?";

    @TempDir
    static Path shared;

    private static Path changed;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void changedPack() throws Exception {
        changed = PackLoader.builtInFiles().writeTo(shared.resolve("changed"));
        replace(changed.resolve("pack.yaml"), "longMessageWords: 200", "longMessageWords: 30");
        replace(changed.resolve("tables/verdicts.csv"), "\nmotivated,", "\nwell-motivated,");
        for (String language : List.of("fr", "en", "de")) {
            replace(changed.resolve("replies/" + language + ".yaml"), "\n  motivated:", "\n  well-motivated:");
        }
    }

    @Test
    @DisplayName("the text report lists changed verdicts with the rules that made the difference, other rows, hits and agreement")
    void textReport() throws Exception {
        Path corpus = corpus(
                labelled("long", LONG, "ACCEPT"),
                labelled("short", SHORT, "ACCEPT"),
                labelled("empty", "salam", "DECLINE"),
                "{\"id\": \"no-message\"}",
                "{\"id\": \"bad-label\", \"message\": \"Hi\", \"expected\": \"MAYBE\"}",
                line("unlabelled", "Hi Tom, Eva suggested I contact you about the Lyon meetup. Could we talk?"));

        int status = run("rules", "diff", "built-in", changed.toString(), "--corpus", corpus.toString());

        assertThat(status).as(err.toString()).isEqualTo(1);
        assertThat(err.toString())
                .contains(corpus + " line 4, field message:")
                .contains(corpus + " line 5, field expected:");
        String report = out.toString();
        assertThat(report)
                .contains("Old  built-in  " + Pack.builtIn().rulesVersion())
                .contains("New  " + changed + "  1.0.0-")
                .contains("4 requests compared, 2 could not be read")
                .contains("Verdict changed (1)\n  long  ACCEPT -> CLARIFY  row motivated -> long-or-recital  +length.long\n")
                .contains("Same verdict, other row (2)\n  short  ACCEPT  row motivated -> well-motivated\n")
                .contains("Agreement with expected  3/3 (100.0%) -> 2/3 (66.7%)");
        List<String> hits = report.lines()
                .dropWhile(text -> !text.startsWith("Rule hits")).skip(1).takeWhile(text -> !text.isBlank()).toList();
        assertThat(hits.subList(0, 4)).allSatisfy(text -> assertThat(text).contains("("));
        assertThat(hits).anySatisfy(text -> assertThat(text).matches("  length\\.long +0 -> +1  \\(\\+1\\)"));
        assertThat(hits).anySatisfy(text -> assertThat(text).matches("  row motivated +3 -> +0  \\(-3\\)"));
        assertThat(hits).anySatisfy(text -> assertThat(text).matches("  origin\\.past +2 -> +2"));
    }

    @Test
    @DisplayName("--format json prints one document with the documented fields, and exit 0 when every line was read")
    void jsonReport() throws Exception {
        Path corpus = corpus(labelled("long", LONG, "ACCEPT"), labelled("short", SHORT, "ACCEPT"), line("bare", "salam"));

        int status = run("rules", "diff", "built-in", changed.toString(), "--corpus", corpus.toString(), "--format", "json");

        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode diff = MotiveJson.mapper().readTree(out.toString());
        assertThat(diff.path("old").path("pack").asText()).isEqualTo("built-in");
        assertThat(diff.path("old").path("rulesVersion").asText()).isEqualTo(Pack.builtIn().rulesVersion());
        assertThat(diff.path("new").path("pack").asText()).isEqualTo(changed.toString());
        assertThat(diff.path("new").path("rulesVersion").asText()).startsWith("1.0.0-").isNotEqualTo(Pack.builtIn().rulesVersion());
        assertThat(diff.path("requests").asInt()).isEqualTo(3);
        JsonNode change = diff.path("verdictChanges").get(0);
        assertThat(diff.path("verdictChanges")).hasSize(1);
        assertThat(change.path("id").asText()).isEqualTo("long");
        assertThat(change.path("line").asInt()).isEqualTo(1);
        assertThat(change.path("oldVerdict").asText()).isEqualTo("ACCEPT");
        assertThat(change.path("newVerdict").asText()).isEqualTo("CLARIFY");
        assertThat(change.path("oldRow").asText()).isEqualTo("motivated");
        assertThat(change.path("newRow").asText()).isEqualTo("long-or-recital");
        assertThat(texts(change.path("onlyOld"))).isEmpty();
        assertThat(texts(change.path("onlyNew"))).containsExactly("length.long");
        assertThat(diff.path("rowChanges")).extracting(node -> node.path("id").asText()).containsExactly("short");
        JsonNode first = diff.path("hits").get(0);
        assertThat(first.path("before").asInt()).isNotEqualTo(first.path("after").asInt());
        assertThat(diff.path("hits")).anySatisfy(hit -> {
            assertThat(hit.path("rule").asText()).isEqualTo("well-motivated");
            assertThat(hit.path("kind").asText()).isEqualTo("row");
            assertThat(hit.path("before").asInt()).isZero();
            assertThat(hit.path("after").asInt()).isEqualTo(1);
        });
        JsonNode agreement = diff.path("agreement");
        assertThat(agreement.path("labelled").asInt()).isEqualTo(2);
        assertThat(agreement.path("before").asInt()).isEqualTo(2);
        assertThat(agreement.path("after").asInt()).isEqualTo(1);
        assertThat(agreement.path("beforePercent").asDouble()).isEqualTo(100.0);
        assertThat(agreement.path("afterPercent").asDouble()).isEqualTo(50.0);
    }

    @Test
    @DisplayName("a pack compared with itself changes nothing, and without labels there is no agreement line")
    void sameMeansNoChange() throws Exception {
        Path corpus = corpus(line("a", SHORT), line("b", "salam"));

        int status = run("rules", "diff", "built-in", "built-in", "--corpus", corpus.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Verdict changed (0)").contains("Same verdict, other row (0)")
                .doesNotContain("Agreement").doesNotContain("(+").doesNotContain("(-")
                .contains("0 verdicts changed, 0 other rows with the same verdict, of 2 requests");
    }

    @Test
    @DisplayName("an unusable pack is refused with exit 2 and every problem listed")
    void unusablePack() throws Exception {
        Path broken = PackLoader.builtInFiles().writeTo(dir.resolve("broken"));
        replace(broken.resolve("pack.yaml"), "recitalShare: 0.5", "recitalShare: 1.5");
        Path corpus = corpus(line("a", SHORT));

        int status = run("rules", "diff", "built-in", broken.toString(), "--corpus", corpus.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be used").contains("recitalShare");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @DisplayName("a missing pack folder or corpus is a usage error with exit 2")
    void missingFolderOrCorpus() throws Exception {
        Path corpus = corpus(line("a", SHORT));

        assertThat(run("rules", "diff", "built-in", dir.resolve("nope").toString(), "--corpus", corpus.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder").contains("built-in");
        assertThat(run("rules", "diff", "built-in", "built-in", "--corpus", dir.resolve("none.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--corpus").contains("no such file");
        assertThat(run("rules", "diff", "built-in", "built-in")).isEqualTo(2);
        assertThat(err.toString()).contains("--corpus");
    }

    private static String labelled(String id, String message, String expected) {
        String request = line(id, message);
        return request.substring(0, request.length() - 1) + ", \"expected\": \"" + expected + "\"}";
    }

    private Path corpus(String... lines) throws Exception {
        return Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n", lines) + "\n");
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private int run(String... arguments) {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments);
    }
}
