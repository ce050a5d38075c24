package org.motive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.PackException;
import org.motive.rules.ContactFact;
import org.motive.rules.Firing;
import org.motive.rules.MessageFact;
import org.motive.rules.RuleInfo;
import org.motive.rules.SignalFact;

@DisplayName("Compiling a pack")
class PackCompileTest {

    private static Firing fire(CompiledPack pack, int words, String... signals) {
        List<Object> facts = new java.util.ArrayList<>();
        for (String signal : signals) {
            facts.add(new SignalFact(signal));
        }
        facts.add(new MessageFact(words, "en", "formal"));
        facts.add(new ContactFact(false, 0, 0));
        facts.addAll(pack.thresholdFacts());
        return pack.rules().fire(facts);
    }

    @Test
    @DisplayName("loads the built-in rules compiled at build time")
    void builtInIsPrecompiled() throws PackException {
        long start = System.nanoTime();
        CompiledPack pack = PackLoader.load(Packs.BUILT_IN, PackLoader.builtInKieModule());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(pack.precompiled()).as("compiled at build time").isTrue();
        assertThat(pack.rules().rules()).extracting(RuleInfo::id)
                .contains("crm.knownContact", "relationship.none", "pitch.mass", "length.long", "origin.past",
                        "empty-or-template", "purpose-without-origin");
        System.out.println("Loaded the built-in rules in " + millis + " ms");
    }

    @Test
    @DisplayName("compiles an edited pack at run time, and its decisions follow the edit")
    void editedTableDecides() throws PackException {
        PackFiles edited = Packs.edit("tables/verdicts.csv", "origin-without-purpose,origin,,purpose,CLARIFY",
                "origin-without-purpose,origin,,purpose,DECLINE");
        CompiledPack builtIn = PackLoader.load(Packs.BUILT_IN, PackLoader.builtInKieModule());
        CompiledPack pack = PackLoader.load(edited, PackLoader.builtInKieModule());
        assertThat(pack.precompiled()).as("the build's rules are for other files").isFalse();
        assertThat(pack.rulesVersion()).isNotEqualTo(builtIn.rulesVersion());
        assertThat(fire(pack, 10, "origin.past").row()).isEqualTo("origin-without-purpose");
        assertThat(pack.row("origin-without-purpose").verdict()).isEqualTo(org.motive.model.Verdict.DECLINE);
    }

    @Test
    @DisplayName("reads the thresholds of pack.yaml in the rules")
    void threshold() throws PackException {
        CompiledPack pack = PackLoader.compile(Packs.edit("pack.yaml", "longMessageWords: 200",
                "longMessageWords: 50")).pack();
        assertThat(fire(pack, 51, "origin.past", "purpose.ask").fired()).contains("length.long");
        assertThat(fire(pack, 50, "origin.past", "purpose.ask").fired()).doesNotContain("length.long");
    }

    @Test
    @DisplayName("keeps quotes and backslashes of a title as text in the rule's metadata")
    void titleIsText() throws PackException {
        CompiledPack pack = PackLoader.compile(Packs.edit("replies/en.yaml", "title: Motivated request",
                "title: 'Motivated \"request\" \\ end'")).pack();
        assertThat(pack.rulesById().get("motivated").title()).isEqualTo("Motivated \"request\" \\ end");
    }

    @Test
    @DisplayName("names the file and line of a DRL error")
    void drlError() {
        List<String> problems = Packs.problems(Packs.edit("rules/derived.drl", "MessageFact(words == 0)",
                "MessageFact(wordz == 0)"));
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith("rules/derived.drl"));
    }

    @Test
    @DisplayName("requires @id and @title on every developer rule")
    void metadata() {
        List<String> problems = Packs.problems(Packs.edit("rules/derived.drl",
                "    @id(\"greeting.missing\")\n    @title(\"No greeting\")\n", ""));
        assertThat(problems).contains("rules: the rule 'org.motive.rules.derived/no greeting' has no @id"
                + " (the signal it gives)");
    }

    @Test
    @DisplayName("refuses a signal that neither the analysis nor a rule gives")
    void unknownSignal() {
        List<String> problems = Packs.problems(Packs.BUILT_IN.with("tables/findings.csv",
                Packs.text("tables/findings.csv") + "origin.alumni,2,info,\n"));
        assertThat(problems).contains("tables/findings: the signal 'origin.alumni' is given neither by the analysis"
                + " nor by a rule of rules/*.drl");
    }

    @Test
    @DisplayName("requires a text for every rule, row, reply and missing item in every language")
    void gaps() {
        PackFiles files = Packs.edit("replies/de.yaml", "  pitch.mass: {title: Massenwerbung, explanation: Eine"
                + " unpersönliche Werbebotschaft ohne jede Beziehung zum Empfänger.}\n", "");
        assertThat(Packs.problems(files)).containsExactly("replies/de.yaml at rules.pitch.mass: missing (title and"
                + " explanation)");
    }

    @Test
    @DisplayName("names an unknown placeholder in a reply text")
    void placeholder() {
        assertThat(Packs.problems(Packs.edit("replies/en.yaml", "Thank you for your message. {asks}",
                "Thank you {name}. {asks}"))).containsExactly("replies/en.yaml at reply.templates.clarify: unknown"
                + " placeholder {name}; it may use [{asks}, {firstName}, {recipientFirstName}]");
    }

    @Test
    @DisplayName("lists the missing lexicon of a language of pack.yaml")
    void missingLexicon() {
        try {
            PackLoader.lexicons(Packs.BUILT_IN.without("lexicons/de.yaml"),
                    ManifestReader.read(Packs.text("pack.yaml").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            throw new AssertionError("no problem reported");
        } catch (PackException e) {
            assertThat(e.problems()).contains("lexicons/de.yaml: missing; pack.yaml lists the language de");
        }
    }

    @Test
    @DisplayName("names the file and line of a bad example")
    void badExample() {
        try {
            PackLoader.examples(Packs.BUILT_IN.with("examples/extra.jsonl",
                    "{\"id\":\"x\",\"message\":\"hi\",\"expected\":\"ACCEPT\"}\n\n{\"id\":\"y\",\"message\":\"hi\"}\n"));
            throw new AssertionError("no problem reported");
        } catch (PackException e) {
            assertThat(e.problems()).containsExactly("examples/extra.jsonl:3 at expected: 'expected' is required:"
                    + " ACCEPT, CLARIFY or DECLINE");
        }
    }

    @Test
    @DisplayName("gives each rule of the built-in pack an id and a title")
    void allRulesDescribed() throws PackException {
        CompiledPack pack = PackLoader.load(Packs.BUILT_IN, PackLoader.builtInKieModule());
        assertThat(pack.rules().rules()).allSatisfy(rule -> {
            assertThat(rule.id()).isNotBlank();
            assertThat(rule.title()).isNotBlank();
        });
        assertThat(pack.rules().rules()).hasSize(pack.findings().size() + pack.verdicts().size() + 7);
        assertThat(Set.copyOf(pack.manifest().languages())).containsExactlyInAnyOrder("fr", "en", "de");
    }
}
