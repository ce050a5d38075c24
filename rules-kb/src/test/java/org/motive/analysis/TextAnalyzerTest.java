package org.motive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.Evidence;
import org.motive.model.Party;

@DisplayName("The text analysis")
class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TestLexicons.small();

    private Analysis analyze(String lang, String message) {
        return analyzer.analyze(ContactRequest.of("t", message).withLanguage(lang));
    }

    @Test
    @DisplayName("finds a phrase and quotes exactly the span that shows it")
    void evidenceSlicesTheMessage() {
        String message = "Hi Anna, we met at the Devoxx booth last year.";
        Analysis a = analyze("en", message);
        Signal past = a.signal("origin.past");
        assertThat(past).isNotNull();
        Evidence e = past.evidence().get(0);
        assertThat(message.substring(e.start(), e.end())).isEqualTo(e.text()).isEqualTo("we met at the");
    }

    @Test
    @DisplayName("a negated meeting is not a past interaction")
    void negationCancels() {
        assertThat(analyze("en", "We never met at the fair, sadly.").has("origin.past")).isFalse();
        assertThat(analyze("fr", "Je n'étais pas au salon.").has("origin.past")).isFalse();
        assertThat(analyze("fr", "J'étais au salon.").has("origin.past")).isTrue();
    }

    @Test
    @DisplayName("a negation does not reach past a clause break")
    void negationStopsAtClause() {
        assertThat(analyze("en", "I don't think you remember me, but we met at the fair.").has("origin.past")).isTrue();
    }

    @Test
    @DisplayName("a hypothetical meeting is not a past interaction, but a hypothetical call is still a next step")
    void hypothetical() {
        assertThat(analyze("en", "Perhaps we met at the fair?").has("origin.past")).isFalse();
        assertThat(analyze("de", "Vielleicht sehen wir uns auf der Messe.").has("origin.past")).isFalse();
        assertThat(analyze("en", "Let me know if a call works for you.").has("purpose.nextStep")).isTrue();
    }

    @Test
    @DisplayName("accents, case and French elisions do not matter")
    void normalisation() {
        assertThat(analyze("fr", "NOUS NOUS SOMMES RENCONTRES hier").has("origin.past")).isTrue();
        assertThat(analyze("fr", "j’ai lu votre article").has("origin.past")).isTrue();
    }

    @Test
    @DisplayName("an exception phrase cancels an overlapping match")
    void exceptPhrase() {
        assertThat(analyze("en", "Glad we met your deadline at the end").has("origin.past")).isFalse();
    }

    @Test
    @DisplayName("<name> matches a capitalised word inside a sentence and <num> a number")
    void placeholders() {
        Analysis a = analyze("en", "Hello. Our friend Julia suggested I contact you for a 20 minutes chat.");
        assertThat(a.has("origin.referral")).isTrue();
        assertThat(a.has("purpose.nextStep")).isTrue();
        assertThat(analyze("en", "Julia suggested I contact you.").has("origin.referral")).isFalse();
    }

    @Test
    @DisplayName("<?> matches the end of a question, after a gap too, and nowhere else")
    void questionEnd() {
        assertThat(analyze("en", "Hi Sam. Could you send me the deck?").has("purpose.ask")).isTrue();
        assertThat(analyze("en", "Could you send me the deck ? Thanks").has("purpose.ask")).isTrue();
        assertThat(analyze("en", "Could you send me the deck. Thanks").has("purpose.ask")).isFalse();
        assertThat(analyze("en", "Hi Sam, how are you?").has("purpose.ask")).isFalse();
        assertThat(analyze("en", "Do you remember me?").has("purpose.ask")).isFalse();
        assertThat(analyze("en", "You? Me.").has("purpose.ask")).isTrue();
    }

    @Test
    @DisplayName("a phrase never matches across two sentences")
    void sentenceBoundary() {
        assertThat(analyze("en", "We met. At the fair I was busy.").has("origin.past")).isFalse();
    }

    @Test
    @DisplayName("a greeting counts at the start only and a sign-off at the end only")
    void positions() {
        Analysis a = analyze("en", "Hi Tom, could we have a call? Best regards");
        assertThat(a.has("greeting")).isTrue();
        assertThat(a.has("signoff")).isTrue();
        String longTail = "Could we have a call next week about the migration of the billing system to the new "
                + "platform that we discussed with the whole team, hi to everyone there and the rest of it";
        assertThat(analyze("en", longTail).has("greeting")).isFalse();
    }

    @Test
    @DisplayName("a message of politeness only is empty of content, names and thanks included")
    void contentEmpty() {
        ContactRequest polite = new ContactRequest("t", Channel.LINKEDIN, null, "fr", null, Party.named("Karim Benali"),
                Party.named("Jean Dupont"), null, "Bonjour Jean et merci, bon week end. Cordialement, Karim", null);
        assertThat(analyzer.analyze(polite).has("content.empty")).isTrue();
        assertThat(analyze("fr", "").has("content.empty")).isTrue();
        assertThat(analyze("fr", "Bonjour, je vends des chaussures.").has("content.empty")).isFalse();
    }

    @Test
    @DisplayName("the CV recital is a signal only when it makes most of the message")
    void recital() {
        assertThat(analyze("en", "I am a certified architect. I have 12 years of experience in cloud.")
                .has("profile.recital")).isTrue();
        assertThat(analyze("en", "I have 12 years of experience. We met at the fair in Lyon and we talked about "
                + "the new regulation, the audits, the training of buyers and the budget of next year.")
                .has("profile.recital")).isFalse();
    }

    @Test
    @DisplayName("the register is vous/Sie or tu/du, and a capitalised German cue is case-sensitive")
    void register() {
        assertThat(analyze("fr", "Bonjour, pourriez-vous me rappeler ?").register()).isEqualTo(Register.FORMAL);
        assertThat(analyze("fr", "Salut, tu es dispo ?").register()).isEqualTo(Register.INFORMAL);
        assertThat(analyze("de", "Können Sie mich anrufen?").register()).isEqualTo(Register.FORMAL);
        assertThat(analyze("de", "Gestern hat sie angerufen.").register()).isEqualTo(Register.UNKNOWN);
        assertThat(analyze("de", "Kannst du mich anrufen?").register()).isEqualTo(Register.INFORMAL);
    }

    @Test
    @DisplayName("without a declared language, frequent words tell the language")
    void languageByFrequentWords() {
        Analysis a = analyzer.analyze(ContactRequest.of("t", "Nous nous sommes rencontrés et je vous écris pour le salon"));
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.notes()).isEmpty();
    }

    @Test
    @DisplayName("an unsupported declared language is a note, and the message is still read")
    void unsupportedLanguage() {
        Analysis a = analyzer.analyze(ContactRequest.of("t", "Hola, we met at the fair").withLanguage("es"));
        assertThat(a.notes()).extracting(Note::rule).containsExactly("language.unsupported");
        assertThat(a.requestedLanguage()).isEqualTo("es");
        assertThat(a.has("origin.past")).isTrue();
    }

    @Test
    @DisplayName("a Spanish message without a declared language is reported as unsupported")
    void detectsUnsupportedLanguage() {
        Analysis a = analyzer.analyze(ContactRequest.of("t",
                "Buenos días, me gustaría conocer su opinión sobre nuestro proyecto de energía solar en Sevilla."));
        assertThat(a.requestedLanguage()).isEqualTo("es");
        assertThat(a.notes()).extracting(Note::rule).containsExactly("language.unsupported");
    }

    @Test
    @DisplayName("a message over the size limit is cut with a note, and its evidence still slices it")
    void hugeMessage() {
        String message = "We met at the fair. " + "blah ".repeat(300_000);
        Analysis a = analyze("en", message);
        assertThat(a.notes()).extracting(Note::rule).contains("message.truncated");
        assertThat(a.has("origin.past")).isTrue();
        Evidence e = a.signal("origin.past").evidence().get(0);
        assertThat(message.substring(e.start(), e.end())).isEqualTo(e.text());
    }

    @Test
    @DisplayName("binary bytes give a note, not an error")
    void binary() {
        String junk = new String(new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 7, 8, 65, 66}, java.nio.charset.StandardCharsets.UTF_8);
        Analysis a = analyze("en", junk.repeat(50));
        assertThat(a.notes()).extracting(Note::rule).contains("message.binary");
    }

    @Test
    @DisplayName("emoji are not words")
    void emoji() {
        assertThat(analyze("en", "Hi 👋 🙂").words()).isEqualTo(1);
    }

    @Test
    @DisplayName("every evidence span of every signal slices the message, whatever the characters")
    void spansAreExactOnAwkwardText() {
        for (String message : List.of("Hi\u00a0👋 we met at the \uD83C\uDDEB\uD83C\uDDF7 fair",
                "Dear Sir,\r\n\r\nwe   met\tat the co\u0301nference", "ＷＥ ＭＥＴ ＡＴ ｔｈｅ fair")) {
            for (Signal s : analyze("en", message).signals()) {
                for (Evidence e : s.evidence()) {
                    assertThat(message.substring(e.start(), e.end())).isEqualTo(e.text());
                }
            }
        }
    }
}
