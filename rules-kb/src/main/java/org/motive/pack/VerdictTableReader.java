package org.motive.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.motive.PackException;
import org.motive.model.Verdict;

/**
 * Reads {@code tables/verdicts.csv} (or {@code .xlsx}, sheet {@code Verdicts}), one policy row per
 * line, top to bottom = priority. Every cell is parsed against a small grammar: lists of known
 * signal or group names separated by commas, a verdict, words for what is missing, a reply key.
 * Nothing a cell holds is ever used as code: the rules are generated from the parsed rows.
 */
final class VerdictTableReader {

    static final String BASE = "tables/verdicts";
    static final String SHEET = "Verdicts";

    private static final List<String> REQUIRED = List.of("id", "verdict");
    private static final List<String> OPTIONAL = List.of("all of", "any of", "none of", "missing", "reply");

    private VerdictTableReader() {
    }

    static List<VerdictRow> read(Grid grid, Vocabulary vocabulary) throws PackException {
        List<String> problems = new ArrayList<>();
        Columns columns = Columns.of(grid, REQUIRED, OPTIONAL, problems);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        if (grid.rows().isEmpty()) {
            throw new PackException(List.of(grid.file() + ": no rows; a verdict table needs at least one"));
        }
        List<VerdictRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Grid.Row row : grid.rows()) {
            Cells cells = new Cells(grid, row, columns, problems);
            String id = cells.key("id", true);
            if (id != null && !ids.add(id)) {
                problems.add(cells.ref("id") + ": the row id '" + id + "' is used twice");
            }
            List<String> allOf = cells.items("all of", vocabulary);
            List<String> anyOf = cells.items("any of", vocabulary);
            List<String> noneOf = cells.items("none of", vocabulary);
            Verdict verdict = cells.verdict();
            List<String> missing = cells.words("missing", vocabulary.missingItems());
            String reply = cells.key("reply", false);
            if (reply != null && !vocabulary.replies().contains(reply)) {
                problems.add(cells.ref("reply") + ": '" + reply + "' is not a reply template of the replies files"
                        + Names.suggestion(reply, vocabulary.replies()) + "; known: " + new TreeSet<>(vocabulary.replies()));
            }
            if (verdict == Verdict.CLARIFY && (cells.blank("missing") || cells.blank("reply"))) {
                problems.add(cells.ref("verdict") + ": a CLARIFY row must say what is missing and name a reply"
                        + " that asks for it");
            }
            if (verdict == Verdict.ACCEPT && reply != null) {
                problems.add(cells.ref("reply") + ": an ACCEPT row has no reply");
            }
            if (id != null && verdict != null) {
                rows.add(new VerdictRow(id, allOf, anyOf, noneOf, verdict, missing, reply));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return List.copyOf(rows);
    }

    /**
     * The problem when some combination of signals matches no row. Trying every combination has a
     * cost, so it is paid when a pack is compiled, not each time precompiled rules are loaded.
     */
    static void checkCoverage(Grid grid, List<VerdictRow> rows, Vocabulary vocabulary) throws PackException {
        var signals = TableCoverage.uncovered(rows, vocabulary);
        if (signals.isPresent()) {
            throw new PackException(List.of(grid.file() + ": no row matches a request whose signals are exactly "
                    + signals.get() + "; end the table with a row that matches every request"));
        }
    }

    /** The warnings of {@link TableCoverage#warnings}, each at the id cell of its row. */
    static List<String> warnings(Grid grid, List<VerdictRow> rows, Vocabulary vocabulary) {
        Columns columns = Columns.of(grid, REQUIRED, OPTIONAL, new ArrayList<>());
        int idColumn = Math.max(0, columns.index("id"));
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, String> warning : TableCoverage.warnings(rows, vocabulary)) {
            String id = rows.get(warning.getKey()).id();
            int number = grid.rows().stream().filter(row -> row.cell(idColumn).equals(id)).mapToInt(Grid.Row::number)
                    .findFirst().orElse(1);
            out.add(grid.ref(number, idColumn) + ": " + warning.getValue());
        }
        return out;
    }

    /** The suggestion when there is a close name, else every known name. */
    private static String orKnown(String suggestion, Set<String> known) {
        return !suggestion.isEmpty() ? suggestion : "; the known names are: " + String.join(", ", known);
    }

    /** The cells of one row, parsed, with problems naming the cell. */
    private static final class Cells {
        private final Grid grid;
        private final Grid.Row row;
        private final Columns columns;
        private final List<String> problems;

        Cells(Grid grid, Grid.Row row, Columns columns, List<String> problems) {
            this.grid = grid;
            this.row = row;
            this.columns = columns;
            this.problems = problems;
        }

        String ref(String column) {
            return grid.ref(row.number(), Math.max(0, columns.index(column)));
        }

        boolean blank(String column) {
            return text(column).isEmpty();
        }

        private String text(String column) {
            int index = columns.index(column);
            return index < 0 ? "" : row.cell(index);
        }

        String key(String column, boolean required) {
            String value = text(column);
            if (value.isEmpty()) {
                if (required) {
                    problems.add(ref(column) + ": the " + column + " is missing");
                }
                return null;
            }
            if (!Names.KEY.matcher(value).matches()) {
                problems.add(ref(column) + ": '" + value + "' is not a name in lower case with dashes, such as "
                        + "no-origin-no-purpose");
                return null;
            }
            return value;
        }

        Verdict verdict() {
            String value = text("verdict");
            for (Verdict verdict : Verdict.values()) {
                if (verdict.name().equalsIgnoreCase(value)) {
                    return verdict;
                }
            }
            problems.add(ref("verdict") + ": '" + value + "' is not a verdict: ACCEPT, CLARIFY or DECLINE"
                    + Names.suggestion(value, java.util.Arrays.stream(Verdict.values()).map(Verdict::name).toList()));
            return null;
        }

        List<String> items(String column, Vocabulary vocabulary) {
            List<String> items = new ArrayList<>();
            for (String item : split(text(column))) {
                if (vocabulary.groups().containsKey(item) || vocabulary.signals().contains(item)) {
                    if (!items.contains(item)) {
                        items.add(item);
                    }
                    continue;
                }
                Set<String> known = new TreeSet<>(vocabulary.signals());
                known.addAll(vocabulary.groups().keySet());
                if (Names.SIGNAL.matcher(item).matches()) {
                    problems.add(ref(column) + ": '" + item + "' is neither a signal of tables/findings nor a group"
                            + " of pack.yaml" + orKnown(Names.suggestion(item, known), known));
                } else {
                    problems.add(ref(column) + ": '" + item + "' is not a signal or group name; separate names"
                            + " with commas, e.g. content.empty, template.generic");
                }
            }
            return items;
        }

        List<String> words(String column, Set<String> known) {
            List<String> words = new ArrayList<>();
            for (String word : split(text(column))) {
                if (!Names.WORD.matcher(word).matches()) {
                    problems.add(ref(column) + ": '" + word + "' is not a single word such as origin");
                } else if (!known.contains(word)) {
                    problems.add(ref(column) + ": '" + word + "' has no reply text in the replies files"
                            + Names.suggestion(word, known) + "; known: " + new TreeSet<>(known));
                } else if (!words.contains(word)) {
                    words.add(word);
                }
            }
            return words;
        }

        private static List<String> split(String cell) {
            List<String> parts = new ArrayList<>();
            for (String part : cell.split("[,;\\n]")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            return parts;
        }
    }
}
