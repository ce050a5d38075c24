package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Evidence;
import org.motive.model.Finding;
import org.motive.model.Severity;
import org.motive.model.Verdict;
import picocli.CommandLine.Help.Ansi;

class TextDecisionWriterTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @DisplayName("a decision shows the verdict, summary, findings with their evidence, missing, hint and reply")
    void layout() {
        writer(Ansi.OFF).decision(decision("Bonjour Claire,\nPourriez-vous préciser ?"));

        assertThat(out.toString()).isEqualTo("""
                CLARIFY  r1 · fr · decided by origin-without-purpose · score 3
                  L'origine est claire, mais pas l'attente.
                  Findings
                    origin.past (info, +3) Mentionne une rencontre passée. "nous nous sommes rencontrés"
                    greeting (info) "Bonjour"
                  Missing  purpose
                  Hint     Dites ce que vous attendez.
                  Reply
                    Bonjour Claire,
                    Pourriez-vous préciser ?

                """);
    }

    @Test
    @DisplayName("the verdict is coloured when colours are on, and plain when they are off")
    void colours() {
        writer(Ansi.ON).decision(decision(null));

        assertThat(out.toString()).contains("\u001b[").contains("CLARIFY");
        out.getBuffer().setLength(0);
        writer(Ansi.OFF).decision(decision(null));
        assertThat(out.toString()).doesNotContain("\u001b[");
    }

    @Test
    @DisplayName("text from the message cannot move the cursor or recolour the terminal")
    void controlCharacters() {
        assertThat(TextDecisionWriter.oneLine("a\u001b[2Jb\tc\r\nd\u202Ee  ")).isEqualTo("a[2Jb c de");
    }

    @Test
    @DisplayName("long evidence is shortened and a problem goes to stderr")
    void evidenceAndProblems() {
        String longText = "x".repeat(200);
        Finding finding = new Finding("profile.recital", -1, Severity.MINOR, null, null,
                List.of(new Evidence(0, 200, longText)));
        TextDecisionWriter writer = writer(Ansi.OFF);

        writer.decision(new Decision("r2", Verdict.DECLINE, "no-origin-no-purpose", -1, "en", null, null,
                List.of(finding), List.of(), null, null, "1.0.0-abc", Instant.EPOCH, ContactRequest.of("r2", longText)));
        writer.problem(new Problem("in.jsonl", 4, null, "message", "'message' is required"));

        assertThat(out.toString()).contains("profile.recital (minor, -1) \"" + "x".repeat(79) + "…\"");
        assertThat(err.toString()).isEqualTo("error: in.jsonl line 4, field message: 'message' is required\n");
    }

    @Test
    @DisplayName("the closing line counts each verdict and the errors")
    void summary() {
        Tally tally = new Tally();
        tally.decided(Verdict.ACCEPT);
        tally.decided(Verdict.DECLINE);
        tally.decided(Verdict.DECLINE);
        tally.failed();

        writer(Ansi.OFF).finish(tally);

        assertThat(out.toString()).isEqualTo("4 requests: 1 ACCEPT, 0 CLARIFY, 2 DECLINE, 1 error\n");
    }

    private TextDecisionWriter writer(Ansi ansi) {
        return new TextDecisionWriter(new PrintWriter(out), new PrintWriter(err), ansi, Ansi.OFF);
    }

    private static Decision decision(String reply) {
        String message = "Bonjour, nous nous sommes rencontrés au salon.";
        List<Finding> findings = List.of(
                new Finding("origin.past", 3, Severity.INFO, "Rencontre", "Mentionne une rencontre passée.",
                        List.of(Evidence.of(message, 9, 36))),
                new Finding("greeting", 0, Severity.INFO, null, null, List.of(Evidence.of(message, 0, 7))));
        return new Decision("r1", Verdict.CLARIFY, "origin-without-purpose", 3, "fr",
                "L'origine est claire, mais pas l'attente.", "Dites ce que vous attendez.", findings,
                List.of("purpose"), reply, null, "1.0.0-abc", Instant.EPOCH, ContactRequest.of("r1", message));
    }
}
