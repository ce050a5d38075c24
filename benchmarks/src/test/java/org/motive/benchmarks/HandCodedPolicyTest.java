package org.motive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.analysis.Analysis;
import org.motive.analysis.Register;
import org.motive.analysis.Signal;
import org.motive.model.CrmContext;
import org.motive.model.Verdict;

@DisplayName("The hand-coded policy")
class HandCodedPolicyTest {

    private static final CrmContext STRANGER = CrmContext.NONE;
    private static final CrmContext KNOWN = new CrmContext(null, 2, 0, null);

    private final HandCodedPolicy policy = new HandCodedPolicy(HandCodedPolicy.DEFAULT_LONG_MESSAGE_WORDS);

    private static Analysis analysis(int words, String... signals) {
        List<Signal> found = Arrays.stream(signals).map(name -> new Signal(name, List.of())).toList();
        return new Analysis("en", "en", Register.UNKNOWN, words, found, List.of());
    }

    private HandCodedPolicy.Outcome decide(CrmContext context, int words, String... signals) {
        return policy.decide(analysis(words, signals), context);
    }

    @Test
    @DisplayName("a polite request with nothing in it is declined by row 1")
    void politeButEmpty() {
        assertThat(decide(STRANGER, 12, "greeting", "signoff", "content.empty"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.DECLINE, "empty-or-template"));
    }

    @Test
    @DisplayName("\"salam\" alone is declined by row 1")
    void greetingOnly() {
        assertThat(decide(STRANGER, 1, "greeting", "content.empty").row()).isEqualTo("empty-or-template");
    }

    @Test
    @DisplayName("a message without a word is empty")
    void noWords() {
        assertThat(decide(STRANGER, 0).row()).isEqualTo("empty-or-template");
        assertThat(decide(KNOWN, 0).row()).isEqualTo("origin-without-purpose");
    }

    @Test
    @DisplayName("a stranger asking for a recommendation is declined by row 2, even with a shared interest")
    void recommendationFromStranger() {
        assertThat(decide(STRANGER, 40, "request.recommendation", "origin.interest", "purpose.ask"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.DECLINE, "recommendation-stranger"));
    }

    @Test
    @DisplayName("a recommendation asked by a known contact is judged by the later rows")
    void recommendationFromKnownContact() {
        assertThat(decide(KNOWN, 40, "request.recommendation", "purpose.ask").row()).isEqualTo("motivated");
        assertThat(decide(STRANGER, 40, "request.recommendation", "origin.past", "purpose.ask").row())
                .isEqualTo("motivated");
    }

    @Test
    @DisplayName("a commercial pitch with no relationship is a mass pitch, declined by row 3")
    void massPitch() {
        assertThat(decide(STRANGER, 80, "pitch.commercial", "purpose.ask", "origin.interest"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.DECLINE, "mass-pitch"));
    }

    @Test
    @DisplayName("a commercial offer after a real meeting is no mass pitch")
    void pitchAfterMeeting() {
        assertThat(decide(STRANGER, 80, "pitch.commercial", "origin.past", "purpose.ask").row()).isEqualTo("motivated");
    }

    @Test
    @DisplayName("a message with no origin and no purpose is declined by row 4")
    void noOriginNoPurpose() {
        assertThat(decide(STRANGER, 30, "greeting"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.DECLINE, "no-origin-no-purpose"));
    }

    @Test
    @DisplayName("the template text with an origin is no longer row 1")
    void templateWithOrigin() {
        assertThat(decide(STRANGER, 30, "template.generic", "origin.past").row()).isEqualTo("origin-without-purpose");
    }

    @Test
    @DisplayName("origin and purpose in more than 200 words ask to clarify by row 5")
    void longMessage() {
        assertThat(decide(STRANGER, 201, "origin.past", "purpose.nextStep"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.CLARIFY, "long-or-recital"));
        assertThat(decide(STRANGER, 200, "origin.past", "purpose.nextStep").row()).isEqualTo("motivated");
    }

    @Test
    @DisplayName("origin and purpose drowned in a CV recital ask to clarify by row 5")
    void recital() {
        assertThat(decide(STRANGER, 90, "origin.future", "purpose.ask", "profile.recital").row())
                .isEqualTo("long-or-recital");
    }

    @Test
    @DisplayName("a long message without origin or purpose is not row 5")
    void longWithoutOrigin() {
        assertThat(decide(STRANGER, 400, "purpose.ask").row()).isEqualTo("purpose-without-origin");
        assertThat(decide(STRANGER, 400, "profile.recital").row()).isEqualTo("no-origin-no-purpose");
    }

    @Test
    @DisplayName("origin and purpose, short, are accepted by row 6")
    void motivated() {
        assertThat(decide(STRANGER, 50, "origin.referral", "purpose.ask"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.ACCEPT, "motivated"));
    }

    @Test
    @DisplayName("a known contact who only says hello is asked what they expect, by row 7")
    void knownContactSaysHi() {
        assertThat(decide(KNOWN, 2, "greeting", "content.empty"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.CLARIFY, "origin-without-purpose"));
        assertThat(decide(new CrmContext(true, null, null, null), 2, "greeting").row())
                .isEqualTo("origin-without-purpose");
    }

    @Test
    @DisplayName("a purpose without origin asks how the sender knows the recipient, by row 8")
    void purposeWithoutOrigin() {
        assertThat(decide(STRANGER, 40, "purpose.nextStep"))
                .isEqualTo(new HandCodedPolicy.Outcome(Verdict.CLARIFY, "purpose-without-origin"));
    }

    @Test
    @DisplayName("a missing CRM context counts as a stranger")
    void noContext() {
        assertThat(policy.decide(analysis(10, "purpose.ask"), null).row()).isEqualTo("purpose-without-origin");
    }

    @Test
    @DisplayName("the long-message threshold is a setting, and a negative one is refused")
    void threshold() {
        assertThat(new HandCodedPolicy(10).decide(analysis(11, "origin.past", "purpose.ask"), STRANGER).row())
                .isEqualTo("long-or-recital");
        assertThatThrownBy(() -> new HandCodedPolicy(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longMessageWords");
    }
}
