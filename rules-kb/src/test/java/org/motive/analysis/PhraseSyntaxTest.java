package org.motive.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The phrase syntax")
class PhraseSyntaxTest {

    @Test
    @DisplayName("expands alternatives and optional parts into every variant")
    void expands() {
        assertThat(PhraseSyntax.expand("we [have] (met|ran into) you")).hasSize(4);
        assertThat(PhraseSyntax.expand("(a|b) (c|d) [e]")).hasSize(8);
    }

    @Test
    @DisplayName("normalises the words of a phrase like those of a message")
    void normalises() {
        assertThat(PhraseSyntax.expand("Rencontrés").get(0).get(0).text()).isEqualTo("rencontres");
        assertThat(PhraseSyntax.expand("j'ai").get(0).get(0).text()).isEqualTo("ai");
        assertThat(PhraseSyntax.expand("Grüße").get(0).get(0).text()).isEqualTo("grusse");
    }

    @Test
    @DisplayName("says what is wrong with a broken phrase")
    void errors() {
        assertThatThrownBy(() -> PhraseSyntax.expand("(met|ran into")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> PhraseSyntax.expand("... met")).hasMessageContaining("gap");
        assertThatThrownBy(() -> PhraseSyntax.expand("met ..99 you")).hasMessageContaining("from 1 to 8");
        assertThatThrownBy(() -> PhraseSyntax.expand("<person> said")).hasMessageContaining("<name>, <num> and <?>");
        assertThatThrownBy(() -> PhraseSyntax.expand("<?> you")).hasMessageContaining("must follow a word");
        assertThatThrownBy(() -> PhraseSyntax.expand("you <?> me")).hasMessageContaining("nothing may follow it");
        assertThatThrownBy(() -> PhraseSyntax.expand("me*t")).hasMessageContaining("'*' may only end a word");
        assertThatThrownBy(() -> PhraseSyntax.expand("(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h)"))
                .hasMessageContaining("variants");
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
