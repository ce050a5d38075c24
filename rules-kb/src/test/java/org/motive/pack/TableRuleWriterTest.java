package org.motive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.Severity;
import org.motive.model.Verdict;

@DisplayName("The DRL generated from the tables")
class TableRuleWriterTest {

    /** A string literal: quotes, and inside only escaped quotes and backslashes or other characters. */
    private static final String LITERAL = "\"(?:[^\"\\\\\\p{Cntrl}]|\\\\[\"\\\\])*\"";
    private static final List<Pattern> LINES = List.of(
            Pattern.compile(""),
            Pattern.compile("// Generated from the decision tables of the pack; edit the tables, not this file\\."),
            Pattern.compile("package org\\.motive\\.rules\\.tables;"),
            Pattern.compile("import org\\.motive\\.rules\\.(SignalFact|RowMatched);"),
            Pattern.compile("rule " + LITERAL),
            Pattern.compile("    @(id|title)\\(" + LITERAL + "\\)"),
            Pattern.compile("    salience -?\\d+"),
            Pattern.compile("    not RowMatched\\(\\)"),
            Pattern.compile("when|then|end"),
            Pattern.compile("    (exists |not )?SignalFact\\(name (== " + LITERAL + "|in \\(" + LITERAL + "(, " + LITERAL
                    + ")*\\))\\)"),
            Pattern.compile("    insert\\(new RowMatched\\(" + LITERAL + "\\)\\);"));

    private static final Vocabulary VOCABULARY = new Vocabulary(Set.of("a.b", "c.d", "e"),
            Map.of("g", List.of("a.b", "c.d")), Set.of("origin"), Set.of("clarify"));

    @Test
    @DisplayName("holds table values only as string literals, whatever the titles hold")
    void onlyLiterals() {
        Map<String, String> titles = Map.of("a.b", "Title with \"quotes\", \\ and\nnewline", "row-1", "end; rule x");
        String findings = TableRuleWriter.findings(List.of(new FindingRule("a.b", 1, Severity.INFO)), titles);
        String verdicts = TableRuleWriter.verdicts(List.of(
                new VerdictRow("row-1", List.of("g"), List.of("e", "a.b"), List.of("c.d"), Verdict.CLARIFY,
                        List.of("origin"), "clarify"),
                new VerdictRow("row-2", List.of(), List.of(), List.of(), Verdict.ACCEPT, List.of(), null)),
                VOCABULARY, titles);
        for (String line : (findings + verdicts).split("\n", -1)) {
            assertThat(LINES).as(line).anyMatch(pattern -> pattern.matcher(line).matches());
        }
        assertThat(verdicts).contains("    exists SignalFact(name in (\"a.b\", \"c.d\"))",
                "    exists SignalFact(name in (\"e\", \"a.b\"))", "    not SignalFact(name == \"c.d\")",
                "    salience -1", "    salience -2");
    }

    @Test
    @DisplayName("holds every line of the built-in pack's generated rules to the same shapes")
    void builtIn() throws Exception {
        CompiledPack pack = PackLoader.load(Packs.BUILT_IN, PackLoader.builtInKieModule());
        Map<String, String> titles = Map.of();
        Vocabulary vocabulary = new Vocabulary(
                pack.findings().stream().map(FindingRule::signal).collect(java.util.stream.Collectors.toSet()),
                pack.manifest().groups(), Set.of(), Set.of());
        String drl = TableRuleWriter.findings(pack.findings(), titles)
                + TableRuleWriter.verdicts(pack.verdicts(), vocabulary, titles);
        for (String line : drl.split("\n", -1)) {
            assertThat(LINES).as(line).anyMatch(pattern -> pattern.matcher(line).matches());
        }
    }

    @Test
    @DisplayName("escapes a literal so that it reads back as the same text")
    void literal() {
        assertThat(TableRuleWriter.literal("a \"b\" \\ c\td")).isEqualTo("\"a \\\"b\\\" \\\\ c d\"");
    }
}
