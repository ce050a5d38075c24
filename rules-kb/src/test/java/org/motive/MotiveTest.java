package org.motive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.json.LabelledRequest;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Evidence;
import org.motive.model.Finding;
import org.motive.model.Severity;
import org.motive.model.Verdict;

@DisplayName("Motive with the built-in pack")
class MotiveTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:15:01Z");
    private static final Motive MOTIVE = Motive.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @Test
    @DisplayName("loads the built-in pack once and shares it")
    void builtInOnce() {
        assertThat(Pack.builtIn()).isSameAs(Pack.builtIn()).isSameAs(MOTIVE.pack());
        assertThat(Pack.builtIn().compiled().precompiled()).as("rules compiled at build time").isTrue();
        assertThat(Pack.builtIn().languages()).containsExactly("fr", "en", "de");
        assertThat(Pack.builtIn().examples()).hasSizeGreaterThanOrEqualTo(180);
    }

    @Test
    @DisplayName("declines 'salam', the greeting the seed refused")
    void salam() {
        Decision d = MOTIVE.evaluate(ContactRequest.of("seed-2", "salam"));
        assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
        assertThat(d.decidedAt()).isEqualTo(NOW);
        assertThat(d.rulesVersion()).isEqualTo(Pack.builtIn().rulesVersion());
    }

    @Test
    @DisplayName("declines the seed's 'merci de bien vouloir accepter ma demande' in French")
    void acceptMyRequest() {
        Decision d = MOTIVE.evaluate(ContactRequest.of("seed-1", "Bonjour et merci de bien vouloir accepter ma"
                + " demande de mise en relation, bon week end. Cordialement"));
        assertThat(d.verdict()).isEqualTo(Verdict.DECLINE);
        assertThat(d.language()).isEqualTo("fr");
        assertThat(d.summary()).startsWith("Le message");
    }

    @Test
    @DisplayName("refuses a request without one")
    void nullRequest() {
        assertThatThrownBy(() -> MOTIVE.evaluate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("turns a message in an unsupported language into a warning, and still decides")
    void unsupportedLanguage() {
        ContactRequest request = ContactRequest.of("es-1", "Hola, nos conocimos en la feria. ¿Hablamos el lunes?")
                .withLanguage("es");
        Decision d = MOTIVE.evaluate(request);
        assertThat(d.findings()).extracting(Finding::severity).contains(Severity.WARNING);
        assertThat(d.verdict()).isNotNull();
    }

    @Test
    @DisplayName("gives evidence that slices the message exactly, for every example")
    void evidence() {
        for (LabelledRequest example : Pack.builtIn().examples()) {
            String message = example.request().message();
            for (Finding finding : MOTIVE.evaluate(example.request()).findings()) {
                for (Evidence span : finding.evidence()) {
                    assertThat(message.substring(span.start(), span.end()))
                            .as("%s %s", example.request().id(), finding.rule()).isEqualTo(span.text());
                }
            }
        }
    }

    @Test
    @DisplayName("drafts a reply in the request's language for every CLARIFY of the examples")
    void clarifyReplies() {
        for (LabelledRequest example : Pack.builtIn().examples()) {
            Decision d = MOTIVE.evaluate(example.request());
            if (d.verdict() == Verdict.CLARIFY) {
                assertThat(d.reply()).as(example.request().id()).isNotBlank();
                assertThat(d.missing()).as(example.request().id()).isNotEmpty();
            }
            if (d.verdict() == Verdict.ACCEPT) {
                assertThat(d.reply()).as(example.request().id()).isNull();
            }
        }
    }

    @Test
    @DisplayName("decides the same from many threads at once")
    void threads() throws Exception {
        List<LabelledRequest> examples = Pack.builtIn().examples();
        List<Decision> sequential = examples.stream().map(e -> MOTIVE.evaluate(e.request())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decision>> parallel = examples.stream()
                    .map(e -> pool.submit(() -> MOTIVE.evaluate(e.request()))).toList();
            for (int i = 0; i < examples.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("decides with other rules through withRules, keeping the clock")
    void withRules() {
        Motive other = MOTIVE.withRules(Pack.builtIn());
        assertThat(other.pack()).isSameAs(Pack.builtIn());
        assertThat(other.evaluate(ContactRequest.of("x", "salam")).decidedAt()).isEqualTo(NOW);
    }
}
