package org.motive.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.pack.Packs.edit;
import static org.motive.pack.Packs.problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.PackException;
import org.motive.model.Verdict;

@DisplayName("The verdict table")
class VerdictTableTest {

    private static final String CSV = "tables/verdicts.csv";

    private static Vocabulary vocabulary() {
        return new Vocabulary(java.util.Set.of("origin.past", "origin.referral", "purpose.ask", "content.empty",
                "template.generic", "pitch.mass"),
                java.util.Map.of("origin", List.of("origin.past", "origin.referral"), "purpose", List.of("purpose.ask")),
                java.util.Set.of("origin", "purpose"), java.util.Set.of("clarify"));
    }

    private static final String SMALL = String.join("\n",
            "id,all of,any of,none of,verdict,missing,reply",
            "empty,,\"content.empty, template.generic\",\"origin, purpose\",DECLINE,,",
            "# a comment row",
            "",
            "motivated,\"origin, purpose\",,,accept,,",
            "rest,,,,CLARIFY,\"origin, purpose\",clarify");

    @Test
    @DisplayName("reads rows top to bottom, with lists of signals and groups")
    void reads() throws PackException {
        List<VerdictRow> rows = VerdictTableReader.read(GridReader.readCsv(CSV, SMALL), vocabulary());
        assertThat(rows).extracting(VerdictRow::id).containsExactly("empty", "motivated", "rest");
        assertThat(rows.get(0).anyOf()).containsExactly("content.empty", "template.generic");
        assertThat(rows.get(0).noneOf()).containsExactly("origin", "purpose");
        assertThat(rows.get(1).verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(rows.get(2).missing()).containsExactly("origin", "purpose");
        assertThat(rows.get(2).reply()).isEqualTo("clarify");
    }

    @Test
    @DisplayName("reads a table saved with semicolons and a byte-order mark, as Excel does in French")
    void semicolons() throws PackException {
        String semicolons = "\uFEFF" + SMALL.replace(",", ";").replace("\"content.empty; template.generic\"",
                "content.empty, template.generic").replace("\"origin; purpose\"", "origin, purpose");
        PackFiles files = PackFiles.of(java.util.Map.of(CSV, semicolons));
        List<VerdictRow> rows = VerdictTableReader.read(GridReader.read(files, "tables/verdicts", "Verdicts"),
                vocabulary());
        assertThat(rows).isEqualTo(VerdictTableReader.read(GridReader.readCsv(CSV, SMALL), vocabulary()));
    }

    @Test
    @DisplayName("reads the same table from the sheet 'Verdicts' of an .xlsx workbook")
    void xlsx() throws Exception {
        byte[] workbook = workbook("Verdicts", SMALL);
        PackFiles files = PackFiles.of(java.util.Map.of()).with("tables/verdicts.xlsx", workbook);
        List<VerdictRow> rows = VerdictTableReader.read(GridReader.read(files, "tables/verdicts", "Verdicts"),
                vocabulary());
        assertThat(rows).isEqualTo(VerdictTableReader.read(GridReader.readCsv(CSV, SMALL), vocabulary()));
    }

    @Test
    @DisplayName("names the workbook and the sheet it needs when the sheet is missing")
    void xlsxWithoutTheSheet() throws Exception {
        PackFiles files = PackFiles.of(java.util.Map.of()).with("tables/verdicts.xlsx", workbook("Sheet1", SMALL));
        assertThat(problemsOf(() -> GridReader.read(files, "tables/verdicts", "Verdicts")))
                .containsExactly("tables/verdicts.xlsx: no sheet named 'Verdicts'");
    }

    @Test
    @DisplayName("refuses a pack with both a .csv and an .xlsx table")
    void both() throws Exception {
        PackFiles files = PackFiles.of(java.util.Map.of(CSV, SMALL)).with("tables/verdicts.xlsx",
                workbook("Verdicts", SMALL));
        assertThat(problemsOf(() -> GridReader.read(files, "tables/verdicts", "Verdicts")).get(0))
                .contains("both tables/verdicts.csv and tables/verdicts.xlsx");
    }

    @Test
    @DisplayName("names the cell of a misspelt group in 'none of', with a suggestion")
    void misspeltSignal() {
        assertThat(problems(edit(CSV, "no-origin-no-purpose,,,\"origin,", "no-origin-no-purpose,,,\"orign,")))
                .containsExactly("tables/verdicts.csv!D5: 'orign' is neither a signal of tables/findings nor a group"
                        + " of pack.yaml (did you mean 'origin'?)");
    }

    @Test
    @DisplayName("names the cell of a misspelt signal in 'all of', with a suggestion")
    void misspeltGroup() {
        assertThat(problems(edit(CSV, "mass-pitch,pitch.mass,,,", "mass-pitch,pitch.mas,,,")))
                .containsExactly("tables/verdicts.csv!B4: 'pitch.mas' is neither a signal of tables/findings nor"
                        + " a group of pack.yaml (did you mean 'pitch.mass'?)");
    }

    @Test
    @DisplayName("never lets a cell become code: DRL in a cell is a grammar error")
    void injection() {
        List<String> problems = problems(edit(CSV, "mass-pitch,pitch.mass,,,",
                "mass-pitch,\"pitch.mass\"\") then System.exit(1); end rule \"\"x\",,,"));
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                .startsWith("tables/verdicts.csv!B4: ").contains("is not a signal or group name"));
    }

    @Test
    @DisplayName("names the cell of a verdict that is not ACCEPT, CLARIFY or DECLINE")
    void badVerdict() {
        assertThat(problems(edit(CSV, "mass-pitch,pitch.mass,,,DECLINE", "mass-pitch,pitch.mass,,,REFUSE")))
                .containsExactly("tables/verdicts.csv!E4: 'REFUSE' is not a verdict: ACCEPT, CLARIFY or DECLINE");
    }

    @Test
    @DisplayName("names an unknown column header")
    void unknownColumn() {
        assertThat(problems(edit(CSV, "id,all of,any of", "id,all off,any of")))
                .contains("tables/verdicts.csv!B1: unknown column 'all off'; the columns are: id, verdict, all of,"
                        + " any of, none of, missing, reply (and note)");
    }

    @Test
    @DisplayName("names a missing item that no reply can ask for")
    void unknownMissing() {
        assertThat(problems(edit(CSV, "CLARIFY,purpose,clarify", "CLARIFY,budget,clarify")))
                .containsExactly("tables/verdicts.csv!F8: 'budget' has no reply text in the replies files; known:"
                        + " [concision, origin, purpose, relationship]");
    }

    @Test
    @DisplayName("names a reply template that the replies files lack")
    void unknownReply() {
        assertThat(problems(edit(CSV, "CLARIFY,purpose,clarify", "CLARIFY,purpose,clarfy")).get(0))
                .startsWith("tables/verdicts.csv!G8: 'clarfy' is not a reply template of the replies files"
                        + " (did you mean 'clarify'?)");
    }

    @Test
    @DisplayName("requires a CLARIFY row to say what is missing and to name a reply")
    void clarifyNeedsReply() {
        assertThat(problems(edit(CSV, "CLARIFY,purpose,clarify", "CLARIFY,,")))
                .containsExactly("tables/verdicts.csv!E8: a CLARIFY row must say what is missing and name a reply"
                        + " that asks for it");
    }

    @Test
    @DisplayName("refuses a row id used twice")
    void duplicateId() {
        assertThat(problems(edit(CSV, "purpose-without-origin,", "origin-without-purpose,")))
                .contains("tables/verdicts.csv!A9: the row id 'origin-without-purpose' is used twice");
    }

    @Test
    @DisplayName("refuses a table that leaves some request without a verdict")
    void coverage() {
        String table = Packs.text(CSV);
        String withoutLastRows = table.substring(0, table.indexOf("motivated,"));
        withoutLastRows = withoutLastRows.replace("no-origin-no-purpose,,,\"origin, purpose\",DECLINE,\"origin, purpose\",,4. Neither origin nor purpose\n", "");
        assertThat(problems(Packs.BUILT_IN.with(CSV, withoutLastRows))).singleElement().asString()
                .startsWith("tables/verdicts.csv: no row matches a request whose signals are exactly [");
    }

    @Test
    @DisplayName("flags a value in a column without a header, the mark of an unquoted comma")
    void unquotedComma() {
        assertThat(problems(edit("tables/findings.csv", "\"An explicit ask, offer or proposal\"",
                "An explicit ask, offer or proposal")))
                .containsExactly("tables/findings.csv!E12: ' offer or proposal' is in a column without a header;"
                        .replace("' offer", "'offer") + " in a CSV file, put a cell holding a comma between double"
                        + " quotes");
    }

    @Test
    @DisplayName("names the cell of points that are not a number and of an unknown severity")
    void findings() {
        assertThat(problems(edit("tables/findings.csv", "origin.past,3,info", "origin.past,lots,high")))
                .containsExactly("tables/findings.csv!B7: 'lots' is not a number of points such as 2 or -1.5",
                        "tables/findings.csv!C7: 'high' is not a severity: info, minor or major");
    }

    @Test
    @DisplayName("reads points written with a decimal comma")
    void decimalComma() throws PackException {
        List<FindingRule> rules = FindingTableReader.read(GridReader.readCsv("f.csv",
                "signal;points;severity\ngreeting;0,5;info\n"));
        assertThat(rules).containsExactly(new FindingRule("greeting", 0.5, org.motive.model.Severity.INFO));
    }

    private interface Read {
        void run() throws PackException;
    }

    private static List<String> problemsOf(Read read) {
        try {
            read.run();
        } catch (PackException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported");
    }

    private static byte[] workbook(String sheetName, String csv) throws IOException, PackException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Grid grid = GridReader.readCsv("x.csv", csv);
            Row header = sheet.createRow(0);
            for (int c = 0; c < grid.header().size(); c++) {
                header.createCell(c).setCellValue(grid.header().get(c));
            }
            int r = 1;
            for (Grid.Row row : grid.rows()) {
                Row xlsxRow = sheet.createRow(r++);
                for (int c = 0; c < row.cells().size(); c++) {
                    xlsxRow.createCell(c).setCellValue(row.cells().get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
