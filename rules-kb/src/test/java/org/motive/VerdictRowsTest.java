package org.motive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.BuiltInRules.DECIDER;
import static org.motive.BuiltInRules.analysis;
import static org.motive.BuiltInRules.decide;
import static org.motive.BuiltInRules.request;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.motive.analysis.Register;
import org.motive.model.CrmContext;
import org.motive.model.Decision;
import org.motive.model.Verdict;

@DisplayName("The verdict table of the built-in pack")
class VerdictRowsTest {

    private static final String SHORT = "Hello Jean, a short message.";

    @Nested
    @DisplayName("decides each policy row")
    class EachRow {

        @Test
        @DisplayName("row 1: politeness only, with no origin and no purpose, is declined")
        void emptyOrTemplate() {
            Decision d = decide(SHORT, "greeting", "courtesy", "content.empty");
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("empty-or-template");
            assertThat(d.missing()).containsExactly("origin", "purpose");
        }

        @Test
        @DisplayName("row 1: the network's boiler-plate invitation is declined")
        void template() {
            assertThat(decide(SHORT, "greeting", "template.generic", "signoff").decidedBy())
                    .isEqualTo("empty-or-template");
        }

        @Test
        @DisplayName("row 2: a stranger asking for a recommendation is declined")
        void recommendationStranger() {
            Decision d = decide(SHORT, "greeting", "request.recommendation", "purpose.ask");
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("recommendation-stranger");
            assertThat(d.missing()).containsExactly("relationship");
            assertThat(d.finding("relationship.none")).isNotNull();
        }

        @Test
        @DisplayName("row 3: a commercial pitch from a stranger is a mass pitch, declined")
        void massPitch() {
            Decision d = decide(SHORT, "pitch.commercial", "purpose.nextStep");
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("mass-pitch");
            assertThat(d.finding("pitch.mass")).isNotNull();
            assertThat(d.reply()).isNull();
        }

        @Test
        @DisplayName("row 4: neither origin nor purpose, and not politeness only, is declined")
        void noOriginNoPurpose() {
            Decision d = decide(SHORT, "greeting", "profile.recital");
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("no-origin-no-purpose");
            assertThat(d.reply()).isNull();
        }

        @Test
        @DisplayName("row 5: origin and purpose in a CV recital ask for concision")
        void recital() {
            Decision d = decide(SHORT, "origin.past", "purpose.nextStep", "profile.recital");
            assertThat(d.verdict()).isEqualTo(Verdict.CLARIFY);
            assertThat(d.decidedBy()).isEqualTo("long-or-recital");
            assertThat(d.missing()).containsExactly("concision");
        }

        @Test
        @DisplayName("row 5: origin and purpose in more than 200 words ask for concision")
        void longMessage() {
            Decision d = DECIDER.decide(request(SHORT), analysis("en", Register.FORMAL, 201, "origin.referral",
                    "purpose.ask"));
            assertThat(d.decidedBy()).isEqualTo("long-or-recital");
            assertThat(d.finding("length.long")).isNotNull();
        }

        @Test
        @DisplayName("row 6: origin and purpose are accepted, with no reply")
        void motivated() {
            Decision d = decide(SHORT, "greeting", "origin.past", "purpose.nextStep", "signoff");
            assertThat(d.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(d.decidedBy()).isEqualTo("motivated");
            assertThat(d.missing()).isEmpty();
            assertThat(d.reply()).isNull();
        }

        @Test
        @DisplayName("row 7: an origin without a purpose asks for the purpose")
        void originWithoutPurpose() {
            Decision d = decide(SHORT, "origin.referral", "template.generic");
            assertThat(d.verdict()).isEqualTo(Verdict.CLARIFY);
            assertThat(d.decidedBy()).isEqualTo("origin-without-purpose");
            assertThat(d.missing()).containsExactly("purpose");
        }

        @Test
        @DisplayName("row 8: a purpose without an origin asks for the origin")
        void purposeWithoutOrigin() {
            Decision d = decide(SHORT, "purpose.ask");
            assertThat(d.verdict()).isEqualTo(Verdict.CLARIFY);
            assertThat(d.decidedBy()).isEqualTo("purpose-without-origin");
            assertThat(d.missing()).containsExactly("origin");
        }
    }

    @Nested
    @DisplayName("declines the three requests the seed refused")
    class Seed {

        @Test
        @DisplayName("'Bonjour et merci de bien vouloir accepter ma demande ... Cordialement'")
        void acceptMyRequest() {
            String message = "Bonjour et merci de bien vouloir accepter ma demande de mise en relation, bon week end."
                    + " Cordialement";
            Decision d = DECIDER.decide(request(message), analysis("fr", Register.FORMAL, 17, "greeting", "courtesy",
                    "template.generic", "signoff"));
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("empty-or-template");
        }

        @Test
        @DisplayName("'salam'")
        void salam() {
            Decision d = DECIDER.decide(request("salam"), analysis("fr", Register.UNKNOWN, 1, "greeting",
                    "content.empty"));
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("empty-or-template");
        }

        @Test
        @DisplayName("a stranger's request for a Viadeo recommendation, with a polite refusal")
        void viadeoRecommendation() {
            Decision d = DECIDER.decide(request("Bonjour, pourriez-vous me recommander sur Viadeo ..."),
                    analysis("fr", Register.FORMAL, 40, "greeting", "request.recommendation", "purpose.ask",
                            "signoff"));
            assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
            assertThat(d.decidedBy()).isEqualTo("recommendation-stranger");
            assertThat(d.reply()).startsWith("Bonjour Claire,").contains("expérience partagée");
        }
    }

    @Nested
    @DisplayName("lets the first matching row win")
    class FirstMatchWins {

        @Test
        @DisplayName("politeness with pitch cues is row 1, not row 3")
        void emptyBeforePitch() {
            assertThat(decide(SHORT, "content.empty", "pitch.commercial").decidedBy()).isEqualTo("empty-or-template");
        }

        @Test
        @DisplayName("a stranger's recommendation request with a pitch is row 2, not row 3")
        void recommendationBeforePitch() {
            assertThat(decide(SHORT, "request.recommendation", "pitch.commercial").decidedBy())
                    .isEqualTo("recommendation-stranger");
        }

        @Test
        @DisplayName("a long motivated request is row 5, not row 6")
        void longBeforeMotivated() {
            assertThat(decide(SHORT, "origin.future", "purpose.ask", "profile.recital").decidedBy())
                    .isEqualTo("long-or-recital");
        }

        @Test
        @DisplayName("a long message without a purpose is row 7: row 5 needs both origin and purpose")
        void longWithoutPurpose() {
            Decision d = DECIDER.decide(request(SHORT), analysis("en", Register.FORMAL, 350, "origin.past"));
            assertThat(d.decidedBy()).isEqualTo("origin-without-purpose");
            assertThat(d.finding("length.long")).isNotNull();
        }

        @Test
        @DisplayName("a recital without origin or purpose is row 4: row 5 needs both")
        void recitalWithoutOrigin() {
            assertThat(decide(SHORT, "profile.recital", "length.long").decidedBy()).isEqualTo("no-origin-no-purpose");
        }
    }

    @Nested
    @DisplayName("applies the labelling conventions")
    class Conventions {

        @Test
        @DisplayName("a known contact who only says 'Hi' is row 7: the origin is known, the purpose is not")
        void knownContactSaysHi() {
            Decision d = DECIDER.decide(request("Hi Tom 👋", new CrmContext(true, 3, 0, null)),
                    analysis("en", Register.UNKNOWN, 2, "greeting", "content.empty"));
            assertThat(d.verdict()).isEqualTo(Verdict.CLARIFY);
            assertThat(d.decidedBy()).isEqualTo("origin-without-purpose");
            assertThat(d.finding("crm.knownContact")).isNotNull();
            assertThat(d.signals().origin()).containsExactly("knownContact");
        }

        @Test
        @DisplayName("earlier interactions recorded by the CRM make a known contact")
        void previousInteractions() {
            Decision d = DECIDER.decide(request(SHORT, new CrmContext(null, 2, null, null)),
                    analysis("en", Register.FORMAL, 5, "purpose.ask"));
            assertThat(d.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(d.finding("crm.knownContact")).isNotNull();
        }

        @Test
        @DisplayName("a CRM context with no interaction is no known contact")
        void unknownContact() {
            Decision d = DECIDER.decide(request(SHORT, new CrmContext(false, 0, 12, null)),
                    analysis("en", Register.FORMAL, 5, "purpose.ask"));
            assertThat(d.decidedBy()).isEqualTo("purpose-without-origin");
            assertThat(d.finding("crm.knownContact")).isNull();
        }

        @Test
        @DisplayName("a shared interest is no relationship: a recommendation request is still row 2")
        void interestIsNoRelationship() {
            assertThat(decide(SHORT, "origin.interest", "request.recommendation", "purpose.ask").decidedBy())
                    .isEqualTo("recommendation-stranger");
        }

        @Test
        @DisplayName("a recommendation asked by a former colleague is accepted")
        void recommendationFromColleague() {
            assertThat(decide(SHORT, "origin.past", "request.recommendation", "purpose.ask").verdict())
                    .isEqualTo(Verdict.ACCEPT);
        }

        @Test
        @DisplayName("an offer after a real conversation is no mass pitch")
        void offerAfterConversation() {
            Decision d = decide(SHORT, "origin.past", "pitch.commercial", "purpose.nextStep");
            assertThat(d.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(d.finding("pitch.mass")).isNull();
        }

        @Test
        @DisplayName("an offer to a known contact of the CRM is no mass pitch")
        void offerToKnownContact() {
            Decision d = DECIDER.decide(request(SHORT, new CrmContext(true, null, null, null)),
                    analysis("en", Register.FORMAL, 5, "pitch.commercial", "purpose.ask"));
            assertThat(d.verdict()).isEqualTo(Verdict.ACCEPT);
        }

        @Test
        @DisplayName("exactly 200 words is not long; 201 is")
        void longThreshold() {
            assertThat(DECIDER.decide(request(SHORT), analysis("en", Register.FORMAL, 200, "origin.past",
                    "purpose.ask")).decidedBy()).isEqualTo("motivated");
            assertThat(DECIDER.decide(request(SHORT), analysis("en", Register.FORMAL, 201, "origin.past",
                    "purpose.ask")).decidedBy()).isEqualTo("long-or-recital");
        }

        @Test
        @DisplayName("an empty message is politeness-only content, declined by row 1")
        void emptyMessage() {
            Decision d = DECIDER.decide(request(""), analysis("en", Register.UNKNOWN, 0));
            assertThat(d.decidedBy()).isEqualTo("empty-or-template");
            assertThat(d.finding("content.empty")).isNotNull();
            assertThat(d.finding("greeting.missing")).isNull();
        }
    }
}
