package org.motive.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a table found by their header. A column the table does not know is an error (a
 * misspelt header would otherwise silently drop a condition); {@code note} columns are for people.
 */
final class Columns {

    private static final Set<String> FOR_PEOPLE = Set.of("note", "notes", "comment", "comments", "description");

    private final Map<String, Integer> indexByKey;

    private Columns(Map<String, Integer> indexByKey) {
        this.indexByKey = indexByKey;
    }

    /**
     * @param required headers that must be there, as written in the documentation ({@code "id"})
     * @param optional headers that may be there ({@code "all of"})
     */
    static Columns of(Grid grid, List<String> required, List<String> optional, List<String> problems) {
        Map<String, String> known = new HashMap<>();
        for (String name : required) {
            known.put(Grid.headerKey(name), name);
        }
        for (String name : optional) {
            known.put(Grid.headerKey(name), name);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < grid.header().size(); c++) {
            String key = Grid.headerKey(grid.header().get(c));
            if (key.isEmpty() || FOR_PEOPLE.contains(key)) {
                continue;
            }
            if (!known.containsKey(key)) {
                List<String> all = new ArrayList<>(required);
                all.addAll(optional);
                problems.add(grid.ref(1, c) + ": unknown column '" + grid.header().get(c) + "'; the columns are: "
                        + String.join(", ", all) + " (and note)");
            } else if (index.putIfAbsent(key, c) != null) {
                problems.add(grid.ref(1, c) + ": the column '" + known.get(key) + "' appears twice");
            }
        }
        for (Grid.Row row : grid.rows()) {
            for (int c = grid.header().size(); c < row.cells().size(); c++) {
                if (!row.cell(c).isEmpty()) {
                    problems.add(grid.ref(row.number(), c) + ": '" + row.cell(c) + "' is in a column without a"
                            + " header; in a CSV file, put a cell holding a comma between double quotes");
                }
            }
        }
        for (String name : required) {
            if (!index.containsKey(Grid.headerKey(name))) {
                problems.add(grid.file() + ": the column '" + name + "' is missing from the first row");
            }
        }
        return new Columns(index);
    }

    /** The column index of a header, or -1 when the table does not have it. */
    int index(String name) {
        return indexByKey.getOrDefault(Grid.headerKey(name), -1);
    }
}
