package org.motive.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the DRL of the decision tables. The DRL is generated from parsed, validated rows, and
 * every value from a table goes in as an escaped string literal, so a cell can never become code.
 *
 * <p>Salience orders the work: developer rules that derive signals use positive salience, findings
 * 0, verdict rows negative salience from the first row down; the first row that matches inserts
 * {@code RowMatched}, which stops every later row. (An activation group would say the same, but
 * Drools does not reset it in pooled sessions: from the third reuse, later rows fire too.)
 */
final class TableRuleWriter {

    static final String PACKAGE = "org.motive.rules.tables";
    static final String FINDINGS_PATH = "org/motive/rules/tables/findings.drl";
    static final String VERDICTS_PATH = "org/motive/rules/tables/verdicts.drl";

    private TableRuleWriter() {
    }

    /** One rule per signal of the findings table; it fires when the request shows the signal. */
    static String findings(List<FindingRule> rules, Map<String, String> titles) {
        StringBuilder drl = header();
        for (FindingRule rule : rules) {
            drl.append("rule ").append(literal("finding " + rule.signal())).append('\n')
                    .append("    @id(").append(literal(rule.signal())).append(")\n")
                    .append("    @title(").append(literal(titles.getOrDefault(rule.signal(), rule.signal()))).append(")\n")
                    .append("    salience 0\n")
                    .append("when\n")
                    .append("    SignalFact(name == ").append(literal(rule.signal())).append(")\n")
                    .append("then\n")
                    .append("end\n\n");
        }
        return drl.toString();
    }

    /** One rule per verdict row, in priority order. */
    static String verdicts(List<VerdictRow> rows, Vocabulary vocabulary, Map<String, String> titles) {
        StringBuilder drl = header();
        for (int i = 0; i < rows.size(); i++) {
            VerdictRow row = rows.get(i);
            drl.append("rule ").append(literal("verdict row " + (i + 1) + " " + row.id())).append('\n')
                    .append("    @id(").append(literal(row.id())).append(")\n")
                    .append("    @title(").append(literal(titles.getOrDefault(row.id(), row.id()))).append(")\n")
                    .append("    salience ").append(-(i + 1)).append('\n')
                    .append("when\n")
                    .append("    not RowMatched()\n");
            for (String item : row.allOf()) {
                drl.append("    exists ").append(pattern(vocabulary.expand(item))).append('\n');
            }
            if (!row.anyOf().isEmpty()) {
                drl.append("    exists ").append(pattern(expand(row.anyOf(), vocabulary))).append('\n');
            }
            if (!row.noneOf().isEmpty()) {
                drl.append("    not ").append(pattern(expand(row.noneOf(), vocabulary))).append('\n');
            }
            drl.append("then\n")
                    .append("    insert(new RowMatched(").append(literal(row.id())).append("));\n")
                    .append("end\n\n");
        }
        return drl.toString();
    }

    private static StringBuilder header() {
        return new StringBuilder()
                .append("// Generated from the decision tables of the pack; edit the tables, not this file.\n")
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import org.motive.rules.SignalFact;\n")
                .append("import org.motive.rules.RowMatched;\n\n");
    }

    private static List<String> expand(List<String> items, Vocabulary vocabulary) {
        List<String> signals = new ArrayList<>();
        for (String item : items) {
            for (String signal : vocabulary.expand(item)) {
                if (!signals.contains(signal)) {
                    signals.add(signal);
                }
            }
        }
        return signals;
    }

    private static String pattern(List<String> signals) {
        if (signals.size() == 1) {
            return "SignalFact(name == " + literal(signals.get(0)) + ")";
        }
        return "SignalFact(name in (" + signals.stream().map(TableRuleWriter::literal)
                .collect(Collectors.joining(", ")) + "))";
    }

    /** A DRL/Java string literal holding exactly {@code text}. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
