package org.motive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.BuiltInRules.DECIDER;
import static org.motive.BuiltInRules.NOW;
import static org.motive.BuiltInRules.analysis;
import static org.motive.BuiltInRules.request;
import static org.motive.BuiltInRules.signal;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.analysis.Analysis;
import org.motive.analysis.Note;
import org.motive.analysis.Register;
import org.motive.analysis.Signal;
import org.motive.json.MotiveJson;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Evidence;
import org.motive.model.Finding;
import org.motive.model.Kind;
import org.motive.model.Severity;

@DisplayName("A decision of the built-in pack")
class DecisionContentTest {

    private static final String MESSAGE = "Bonjour Jean, nous nous sommes rencontrés au salon Produrable."
            + " Seriez-vous disponible pour un appel mardi ? Bien cordialement, Claire";

    private static Decision motivated() {
        List<Signal> signals = List.of(signal("greeting", MESSAGE, "Bonjour"),
                signal("origin.past", MESSAGE, "nous nous sommes rencontrés au salon"),
                signal("purpose.nextStep", MESSAGE, "Seriez-vous disponible pour un appel mardi"),
                signal("signoff", MESSAGE, "Bien cordialement"));
        return DECIDER.decide(request(MESSAGE), analysis("fr", 22, signals, List.of()));
    }

    @Test
    @DisplayName("lists one finding per fired signal rule, in table order, then the deciding row")
    void findings() {
        Decision d = motivated();
        assertThat(d.findings()).extracting(Finding::rule)
                .containsExactly("greeting", "signoff", "origin.past", "purpose.nextStep",
                        "motivated");
    }

    @Test
    @DisplayName("scores the sum of the findings' points")
    void score() {
        Decision d = motivated();
        assertThat(d.score()).isEqualTo(0.5 + 0.5 + 3 + 3);
        assertThat(d.score()).isEqualTo(d.findings().stream().mapToDouble(Finding::points).sum());
    }

    @Test
    @DisplayName("explains each finding in the request's language, with the analysis's evidence")
    void explained() {
        Finding origin = motivated().finding("origin.past");
        assertThat(origin.title()).isEqualTo("Interaction passée");
        assertThat(origin.explanation()).startsWith("Mentionne une interaction passée");
        assertThat(origin.severity()).isEqualTo(Severity.INFO);
        assertThat(origin.points()).isEqualTo(3.0);
        assertThat(origin.evidence()).singleElement().extracting(Evidence::text)
                .isEqualTo("nous nous sommes rencontrés au salon");
    }

    @Test
    @DisplayName("says in the request's language what decided, and what would change it")
    void summaryAndHint() {
        Decision d = motivated();
        assertThat(d.language()).isEqualTo("fr");
        assertThat(d.summary()).isEqualTo("La demande dit d'où vient le contact et à quoi il doit servir.");
        assertThat(d.hint()).isNotBlank();
        assertThat(d.finding("motivated").evidence()).extracting(Evidence::text)
                .containsExactly("nous nous sommes rencontrés au salon", "Seriez-vous disponible pour un appel mardi");
    }

    @Test
    @DisplayName("every evidence span slices the message exactly")
    void evidenceSlicesTheMessage() {
        Decision d = motivated();
        for (Finding finding : d.findings()) {
            for (Evidence span : finding.evidence()) {
                assertThat(MESSAGE.substring(span.start(), span.end())).as(finding.rule()).isEqualTo(span.text());
            }
        }
    }

    @Test
    @DisplayName("shows a mass pitch with the evidence of the commercial pitch it is made of")
    void derivedEvidence() {
        String message = "Our solution cuts your costs by 30%. Book a demo today!";
        Decision d = DECIDER.decide(request(message), analysis("en", 11,
                List.of(signal("pitch.commercial", message, "Our solution"), signal("purpose.nextStep", message,
                        "Book a demo")), List.of()));
        assertThat(d.decidedBy()).isEqualTo("mass-pitch");
        assertThat(d.finding("pitch.mass").evidence()).extracting(Evidence::text).containsExactly("Our solution");
        assertThat(d.finding("pitch.mass").severity()).isEqualTo(Severity.MAJOR);
        assertThat(d.finding("mass-pitch").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    @DisplayName("turns each note of the analysis into a warning finding")
    void notes() {
        Analysis analysis = analysis("en", 5, List.of(new Signal("purpose.ask", List.of())),
                List.of(new Note("language.unsupported", "es")));
        Finding warning = DECIDER.decide(request("Hola, ¿podemos hablar?"), analysis).finding("language.unsupported");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.title()).isEqualTo("Language not supported");
        assertThat(warning.explanation()).endsWith("es");
        assertThat(warning.points()).isZero();
    }

    @Test
    @DisplayName("sums up the signals: politeness, kinds of origin and purpose, words, language, register")
    void signalSummary() {
        Decision d = motivated();
        assertThat(d.signals().greeting()).isTrue();
        assertThat(d.signals().signoff()).isTrue();
        assertThat(d.signals().origin()).containsExactly("past");
        assertThat(d.signals().purpose()).containsExactly("nextStep");
        assertThat(d.signals().words()).isEqualTo(22);
        assertThat(d.signals().language()).isEqualTo("fr");
        assertThat(d.signals().register()).isEqualTo("formal");
    }

    @Test
    @DisplayName("names the rules version and the time of the decision, and keeps the request")
    void audit() {
        Decision d = motivated();
        assertThat(d.requestId()).isEqualTo("t-1");
        assertThat(d.rulesVersion()).matches("1\\.0\\.0-[0-9a-f]{7}").isEqualTo(BuiltInRules.PACK.rulesVersion());
        assertThat(d.decidedAt()).isEqualTo(NOW);
        assertThat(d.request().message()).isEqualTo(MESSAGE);
    }

    @Test
    @DisplayName("infers the kind of request when the source does not say, and keeps it when it does")
    void kind() {
        assertThat(motivated().request().kind()).isEqualTo(Kind.MEETING);
        assertThat(BuiltInRules.decide("x", "request.recommendation").request().kind()).isEqualTo(Kind.RECOMMENDATION);
        assertThat(BuiltInRules.decide("x", "origin.referral", "purpose.ask").request().kind())
                .isEqualTo(Kind.INTRODUCTION);
        assertThat(BuiltInRules.decide("x", "greeting").request().kind()).isEqualTo(Kind.CONNECTION);
        ContactRequest given = new ContactRequest("k", null, Kind.OTHER, null, null, null, null, null, "x", null);
        assertThat(DECIDER.decide(given, analysis("en", Register.FORMAL, 1, "purpose.nextStep")).request().kind())
                .isEqualTo(Kind.OTHER);
    }

    @Test
    @DisplayName("reports missing politeness as minor findings, never as the verdict")
    void politeness() {
        Decision d = BuiltInRules.decide("We met at DevOps Days; could we talk?", "origin.past", "purpose.ask");
        assertThat(d.decidedBy()).isEqualTo("motivated");
        assertThat(d.finding("greeting.missing").severity()).isEqualTo(Severity.MINOR);
        assertThat(d.finding("signoff.missing").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    @DisplayName("writes as the JSON of the wire format and reads back the same")
    void json() {
        Decision d = motivated();
        String json = MotiveJson.writeDecision(d);
        assertThat(json).contains("\"verdict\":\"ACCEPT\"", "\"decidedBy\":\"motivated\"", "\"severity\":\"info\"");
        assertThat(MotiveJson.readDecision(json)).isEqualTo(d);
    }
}
