package org.motive.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.motive.PackException;
import org.motive.model.Severity;

/**
 * Reads {@code tables/findings.csv} (or {@code .xlsx}, sheet {@code Findings}): columns
 * {@code signal}, {@code points} (a number, {@code 1.5} or {@code 1,5}) and {@code severity}
 * ({@code info}, {@code minor} or {@code major}). Its signals are the names the verdict table may use.
 */
final class FindingTableReader {

    static final String BASE = "tables/findings";
    static final String SHEET = "Findings";

    private FindingTableReader() {
    }

    static List<FindingRule> read(Grid grid) throws PackException {
        List<String> problems = new ArrayList<>();
        Columns columns = Columns.of(grid, List.of("signal", "points", "severity"), List.of(), problems);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        int signalColumn = columns.index("signal");
        int pointsColumn = columns.index("points");
        int severityColumn = columns.index("severity");
        List<FindingRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Grid.Row row : grid.rows()) {
            String signal = row.cell(signalColumn);
            String ref = grid.ref(row.number(), signalColumn);
            if (signal.isEmpty()) {
                problems.add(ref + ": the signal is missing");
                continue;
            }
            if (!Names.SIGNAL.matcher(signal).matches()) {
                problems.add(ref + ": '" + signal + "' is not a signal name such as origin.past");
                continue;
            }
            if (!seen.add(signal)) {
                problems.add(ref + ": '" + signal + "' is listed twice");
                continue;
            }
            Double points = points(row.cell(pointsColumn), grid.ref(row.number(), pointsColumn), problems);
            Severity severity = severity(row.cell(severityColumn), grid.ref(row.number(), severityColumn), problems);
            if (points != null && severity != null) {
                rules.add(new FindingRule(signal, points, severity));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return List.copyOf(rules);
    }

    private static Double points(String cell, String ref, List<String> problems) {
        if (cell.isEmpty()) {
            return 0.0;
        }
        try {
            double value = Double.parseDouble(cell.replace(',', '.').replace('\u2212', '-'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ref + ": '" + cell + "' is not a number of points such as 2 or -1.5");
        return null;
    }

    private static Severity severity(String cell, String ref, List<String> problems) {
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "info":
                return Severity.INFO;
            case "minor":
                return Severity.MINOR;
            case "major":
                return Severity.MAJOR;
            default:
                problems.add(ref + ": '" + cell + "' is not a severity: info, minor or major");
                return null;
        }
    }
}
