package org.motive.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.motive.PackException;

/**
 * Reads a decision table from {@code <base>.csv} or {@code <base>.xlsx}, whichever the pack holds.
 * A CSV may be separated by commas, semicolons (LibreOffice and Excel in many European locales) or
 * tabs; the separator is told from the header line. In a workbook, the sheet is found by its name.
 */
final class GridReader {

    private GridReader() {
    }

    static Grid read(PackFiles files, String base, String sheetName) throws PackException {
        String csv = base + ".csv";
        String xlsx = base + ".xlsx";
        if (files.has(csv) && files.has(xlsx)) {
            throw new PackException(List.of(base + ": both " + csv + " and " + xlsx + " exist; keep only one"));
        }
        if (files.has(xlsx)) {
            return readXlsx(xlsx, files.bytes(xlsx), sheetName);
        }
        if (files.has(csv)) {
            return readCsv(csv, files.text(csv));
        }
        throw new PackException(List.of(csv + ": missing from the pack (or " + xlsx + ")"));
    }

    static Grid readCsv(String file, String text) throws PackException {
        String firstLine = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(firstLine))
                .setIgnoreSurroundingSpaces(true).get();
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw new PackException(List.of(file + ": not a readable CSV file: " + e.getMessage()));
        }
        return grid(file, lines);
    }

    private static char separator(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static Grid readXlsx(String file, byte[] bytes, String sheetName) throws PackException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new PackException(List.of(file + ": no sheet named '" + sheetName + "'"));
            }
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                    }
                }
                lines.add(cells);
            }
            return grid(file, lines);
        } catch (IOException | RuntimeException e) {
            throw new PackException(List.of(file + ": not a readable .xlsx workbook: " + e.getMessage()));
        }
    }

    /** Header first; blank rows and rows whose first cell starts with '#' (comments) are left out. */
    private static Grid grid(String file, List<List<String>> lines) throws PackException {
        int headerIndex = 0;
        while (headerIndex < lines.size() && new Grid.Row(headerIndex + 1, lines.get(headerIndex)).blank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new PackException(List.of(file + ": empty; the first row must name the columns"));
        }
        List<String> header = lines.get(headerIndex).stream().map(h -> h == null ? "" : h.strip()).toList();
        List<Grid.Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            Grid.Row row = new Grid.Row(i + 1, lines.get(i));
            if (!row.blank() && !row.cell(0).startsWith("#")) {
                rows.add(row);
            }
        }
        return new Grid(file, header, rows);
    }
}
