package org.motive.pack;

import java.util.List;
import java.util.Locale;

/**
 * A table as a business user sees it in a spreadsheet: a header row and data rows, each cell
 * addressed like {@code tables/verdicts.csv!C7} (column letter, 1-based row number) so that an
 * error points at the cell to fix.
 */
record Grid(String file, List<String> header, List<Row> rows) {

    /** One data row: its spreadsheet row number and its cells (missing trailing cells read as ""). */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }

    Grid {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** {@code file!C7}: the address of a cell, column 0 = A. */
    String ref(int rowNumber, int column) {
        return file + "!" + columnName(column) + rowNumber;
    }

    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** A header as compared: case, spaces, '_' and '-' do not matter ("All of" = "all_of" = "allOf"). */
    static String headerKey(String header) {
        return header == null ? "" : header.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
