package org.motive.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The phrase syntax")
class PhraseSyntaxTest {

    @Test
    @DisplayName("reads alternatives and optional parts as groups, and counts their lengths")
    void groups() {
        var items = PhraseSyntax.parse("we [have] (met|ran into) you");
        assertThat(items).hasSize(4);
        assertThat(PhraseSyntax.minLength(items)).isEqualTo(3);
        assertThat(PhraseSyntax.maxLength(items)).isEqualTo(5);
    }

    @Test
    @DisplayName("a phrase with very many variants stays one small graph")
    void manyVariants() {
        String group = "(a|b|c|d|e|f|g|h|i|j)";
        assertThat(PhraseSyntax.parse(String.join(" ", group, group, group, group, group, group))).hasSize(6);
    }

    @Test
    @DisplayName("normalises the words of a phrase like those of a message")
    void normalises() {
        assertThat(PhraseSyntax.parse("Rencontrés").get(0)).isEqualTo(word("rencontres"));
        assertThat(PhraseSyntax.parse("j'ai").get(0)).isEqualTo(word("ai"));
        assertThat(PhraseSyntax.parse("Grüße").get(0)).isEqualTo(word("grusse"));
    }

    @Test
    @DisplayName("says what is wrong with a broken phrase")
    void errors() {
        assertThatThrownBy(() -> PhraseSyntax.parse("(met|ran into")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> PhraseSyntax.parse("... met")).hasMessageContaining("gap");
        assertThatThrownBy(() -> PhraseSyntax.parse("met ..99 you")).hasMessageContaining("from 1 to 8");
        assertThatThrownBy(() -> PhraseSyntax.parse("<person> said")).hasMessageContaining("<name>, <num> and <?>");
        assertThatThrownBy(() -> PhraseSyntax.parse("<?> you")).hasMessageContaining("must follow a word");
        assertThatThrownBy(() -> PhraseSyntax.parse("you <?> me")).hasMessageContaining("nothing may follow it");
        assertThatThrownBy(() -> PhraseSyntax.parse("me*t")).hasMessageContaining("'*' may only end a word");
        assertThatThrownBy(() -> PhraseSyntax.parse("[a|b]")).hasMessageContaining("matches nothing");
        assertThatThrownBy(() -> PhraseSyntax.parse("c (d|e ...)")).hasMessageContaining("gap");
    }

    private static PhraseSyntax.Token word(String text) {
        return new PhraseSyntax.Token(PhraseSyntax.Token.Kind.WORD, text);
    }

    @Test
    @DisplayName("a lexicon error names the file and the YAML path of the phrase")
    void lexiconErrorNamesPlace() {
        String yaml = "language: en\nsignals:\n  origin.past:\n    phrases: [\"we met\", \"(at|in\"]\n";
        assertThatThrownBy(() -> Lexicon.parse("lexicons/en.yaml", yaml.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("lexicons/en.yaml at signals.origin.past.phrases[1]");
        String unknown = "language: en\nsignals:\n  origin.pass:\n    phrases: [met]\n";
        assertThatThrownBy(() -> Lexicon.parse("lexicons/en.yaml", unknown.getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("unknown signal").hasMessageContaining("origin.past");
        String wrongName = "language: fr\n";
        assertThatThrownBy(() -> Lexicon.parse("lexicons/en.yaml", wrongName.getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("named for 'en'");
    }
}
