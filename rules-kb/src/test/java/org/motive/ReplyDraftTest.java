package org.motive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.BuiltInRules.DECIDER;
import static org.motive.BuiltInRules.analysis;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motive.analysis.Register;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Party;
import org.motive.model.Verdict;
import org.motive.pack.VerdictRow;

@DisplayName("The reply draft")
class ReplyDraftTest {

    private static ContactRequest from(String sender, String recipient) {
        return new ContactRequest("r", Channel.LINKEDIN, null, null, null, sender == null ? null : Party.named(sender),
                recipient == null ? null : Party.named(recipient), null, "...", null);
    }

    private static Decision originWithoutPurpose(String language, Register register) {
        return DECIDER.decide(from("Claire Martin", "Jean Dupont"),
                analysis(language, register, 12, "origin.past"));
    }

    static Stream<Arguments> greetings() {
        return Stream.of(
                Arguments.of("fr", Register.FORMAL, "Bonjour Claire,", "Qu'attendez-vous de cette mise en relation ?",
                        "Bien cordialement,\nJean"),
                Arguments.of("fr", Register.INFORMAL, "Salut Claire,", "Qu'attends-tu de cette mise en relation ?",
                        "À bientôt,\nJean"),
                Arguments.of("en", Register.FORMAL, "Dear Claire,", "What do you expect from this contact?",
                        "Kind regards,\nJean"),
                Arguments.of("en", Register.INFORMAL, "Hi Claire,", "What do you expect from this contact?",
                        "Best,\nJean"),
                Arguments.of("de", Register.FORMAL, "Guten Tag Claire,", "Was erhoffen Sie sich von diesem Kontakt?",
                        "Mit freundlichen Grüßen\nJean"),
                Arguments.of("de", Register.INFORMAL, "Hallo Claire,", "Was erhoffst du dir von diesem Kontakt?",
                        "Viele Grüße\nJean"));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("greetings")
    @DisplayName("greets the sender by first name, asks for what is missing, in the request's language and register")
    void languageAndRegister(String language, Register register, String greeting, String ask, String closing) {
        String reply = originWithoutPurpose(language, register).reply();
        assertThat(reply).startsWith(greeting + "\n\n").contains(ask).endsWith(closing);
    }

    @Test
    @DisplayName("reads an unknown register as formal")
    void unknownRegister() {
        assertThat(originWithoutPurpose("fr", Register.UNKNOWN).reply()).startsWith("Bonjour Claire,")
                .contains("Qu'attendez-vous");
    }

    @Test
    @DisplayName("greets without a name when the sender's name is unknown, and closes without one")
    void noNames() {
        Decision d = DECIDER.decide(from(null, null), analysis("en", Register.FORMAL, 4, "purpose.ask"));
        assertThat(d.reply()).startsWith("Hello,\n\n").endsWith("Kind regards,")
                .contains("where we met, or who suggested that you contact me?");
    }

    @Test
    @DisplayName("asks only for what is missing")
    void onlyWhatIsMissing() {
        String reply = DECIDER.decide(from("Tom Lee", "Ann Roe"), analysis("en", Register.FORMAL, 9, "purpose.ask"))
                .reply();
        assertThat(reply).contains("where we met").doesNotContain("What do you expect").doesNotContain("two or three");
    }

    @Test
    @DisplayName("asks a motivated but long request for two or three sentences")
    void concision() {
        String reply = DECIDER.decide(from("Tom Lee", "Ann Roe"), analysis("de", Register.FORMAL, 9, "origin.past",
                "purpose.ask", "profile.recital")).reply();
        assertThat(reply).contains("in zwei oder drei Sätzen");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(Arguments.of("fr", "expérience partagée"), Arguments.of("en", "shared experience"),
                Arguments.of("de", "gemeinsamer Erfahrung"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("refuses a stranger's recommendation request politely, explaining it needs a shared experience")
    void recommendationRefusal(String language, String shared) {
        Decision d = DECIDER.decide(from("Claire Martin", "Jean Dupont"), analysis(language, Register.FORMAL, 30,
                "request.recommendation", "purpose.ask"));
        assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
        assertThat(d.reply()).contains(shared);
    }

    @Test
    @DisplayName("drafts a reply for every CLARIFY row, in every language and register, naming what is missing")
    void everyClarifyHasAReply() {
        for (VerdictRow row : BuiltInRules.PACK.verdicts()) {
            if (row.verdict() != Verdict.CLARIFY) {
                continue;
            }
            for (String language : List.of("fr", "en", "de")) {
                for (Register register : Register.values()) {
                    var replies = BuiltInRules.PACK.explanations().in(language);
                    String reply = replies.reply(row.reply(), row.missing(), register, "Claire", "Jean");
                    assertThat(reply).as(row.id() + " " + language + " " + register).isNotBlank()
                            .doesNotContain("{").doesNotContain("}");
                    for (String item : row.missing()) {
                        String asked = replies.reply(row.reply(), List.of(item), register, "Claire", "Jean");
                        String without = replies.reply(row.reply(), List.of(), register, "Claire", "Jean");
                        assertThat(asked).as("%s asks for %s in %s", row.id(), item, language).isNotEqualTo(without);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("has no reply for an accepted request nor for a mass pitch")
    void noReply() {
        assertThat(BuiltInRules.decide("x", "origin.past", "purpose.ask").reply()).isNull();
        assertThat(BuiltInRules.decide("x", "pitch.commercial").reply()).isNull();
    }
}
