package org.motive.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.motive.model.Decision;
import org.motive.model.Evidence;
import org.motive.model.Finding;
import org.motive.model.Verdict;
import picocli.CommandLine.Help.Ansi;

/**
 * Decisions for a person to read: the coloured verdict, the summary, each finding with the words
 * of the message that show it, what is missing, the hint and the reply draft; a summary line at
 * the end. Text that comes from the request is cleaned of control characters, so that a message
 * cannot move the cursor or recolour the terminal.
 */
final class TextDecisionWriter implements DecisionWriter {

    private static final int EVIDENCE_CHARS = 80;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Ansi ansi;
    private final Ansi errAnsi;

    TextDecisionWriter(PrintWriter out, PrintWriter err, Ansi ansi, Ansi errAnsi) {
        this.out = out;
        this.err = err;
        this.ansi = ansi;
        this.errAnsi = errAnsi;
    }

    @Override
    public void decision(Decision decision) {
        out.println(headline(decision));
        if (decision.summary() != null) {
            out.println("  " + oneLine(decision.summary()));
        }
        if (!decision.findings().isEmpty()) {
            out.println("  " + ansi.string("@|bold Findings|@"));
            for (Finding finding : decision.findings()) {
                out.println("    " + finding(finding));
            }
        }
        if (!decision.missing().isEmpty()) {
            out.println("  " + ansi.string("@|bold Missing|@") + "  " + oneLine(String.join(", ", decision.missing())));
        }
        if (decision.hint() != null) {
            out.println("  " + ansi.string("@|bold Hint|@") + "     " + oneLine(decision.hint()));
        }
        if (decision.reply() != null) {
            out.println("  " + ansi.string("@|bold Reply|@"));
            for (String line : decision.reply().strip().split("\\R", -1)) {
                String text = oneLine(line);
                out.println(text.isEmpty() ? "" : "    " + text);
            }
        }
        out.println();
    }

    @Override
    public void problem(Problem problem) {
        err.println(errAnsi.string("@|bold,red error:|@") + " " + oneLine(problem.toText()));
        err.flush();
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void finish(Tally tally) {
        out.println(ansi.string("@|bold " + tally.summary() + "|@"));
        out.flush();
    }

    private String headline(Decision decision) {
        StringBuilder line = new StringBuilder(verdict(decision.verdict()));
        line.append("  ").append(oneLine(decision.requestId()));
        if (decision.language() != null) {
            line.append(" · ").append(oneLine(decision.language()));
        }
        if (decision.decidedBy() != null) {
            line.append(" · decided by ").append(oneLine(decision.decidedBy()));
        }
        line.append(" · score ").append(number(decision.score()));
        return line.toString();
    }

    private String verdict(Verdict verdict) {
        if (verdict == null) {
            return ansi.string("@|bold NONE|@");
        }
        String style = switch (verdict) {
            case ACCEPT -> "bold,green";
            case CLARIFY -> "bold,yellow";
            case DECLINE -> "bold,red";
        };
        // Padded to the longest verdict, so that the request ids line up.
        return ansi.string("@|" + style + " " + verdict.name() + "|@") + " ".repeat(7 - verdict.name().length());
    }

    private String finding(Finding finding) {
        StringBuilder line = new StringBuilder(oneLine(finding.rule()));
        List<String> weight = new ArrayList<>();
        if (finding.severity() != null) {
            weight.add(finding.severity().wireName());
        }
        if (finding.points() != 0) {
            weight.add((finding.points() > 0 ? "+" : "") + number(finding.points()));
        }
        if (!weight.isEmpty()) {
            line.append(" (").append(String.join(", ", weight)).append(')');
        }
        String explanation = finding.explanation() != null ? finding.explanation() : finding.title();
        if (explanation != null && !explanation.isBlank()) {
            line.append(' ').append(oneLine(explanation));
        }
        List<Evidence> evidence = finding.evidence();
        if (!evidence.isEmpty()) {
            line.append(' ').append(evidence.stream()
                    .map(span -> "\"" + shorten(oneLine(span.text())) + "\"")
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

    private static String shorten(String text) {
        return text.length() <= EVIDENCE_CHARS ? text : text.substring(0, EVIDENCE_CHARS - 1) + "…";
    }

    /**
     * One line of plain text: line breaks and tabs become spaces, other control and bidirectional
     * formatting characters are dropped, runs of spaces collapse.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && clean.length() > 0) {
                    clean.append(' ');
                }
                space = true;
            } else if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                continue;
            } else {
                clean.append(c);
                space = false;
            }
        }
        int end = clean.length();
        while (end > 0 && clean.charAt(end - 1) == ' ') {
            end--;
        }
        return clean.substring(0, end);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }
}
