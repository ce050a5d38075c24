package org.motive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.pack.PackLoader;

@DisplayName("Checking a rules pack folder")
class PackCheckTest {

    @TempDir
    Path dir;

    private Path exported() throws Exception {
        return PackLoader.builtInFiles().writeTo(dir.resolve("pack"));
    }

    private static void replace(Path file, String target, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " holds what the test edits").contains(target);
        Files.writeString(file, text.replace(target, replacement));
    }

    private static List<String> errors(Path pack) {
        return PackCheck.of(pack).errors().stream().map(PackProblem::toString).toList();
    }

    @Test
    @DisplayName("finds no error in the exported built-in pack")
    void exportedPackIsClean() throws Exception {
        PackCheck check = PackCheck.of(exported());
        assertThat(check.errors()).isEmpty();
        assertThat(check.hasErrors()).isFalse();
        assertThat(check.warnings()).as("its overlapping rows are exceptions placed above general rows").isEmpty();
    }

    @Test
    @DisplayName("warns about two rows on the same signals that decide differently, at the lower row")
    void contradictingRows() throws Exception {
        Path pack = exported();
        replace(pack.resolve("tables/verdicts.csv"), "long-or-recital,\"origin, purpose\",\"length.long, profile.recital\",",
                "long-or-recital,\"origin, purpose\",length.long,");
        replace(pack.resolve("tables/verdicts.csv"), "motivated,\"origin, purpose\",,",
                "motivated,\"origin, purpose\",\"length.long, purpose.ask, purpose.nextStep\",");
        PackCheck check = PackCheck.of(pack);
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).extracting(PackProblem::toString).singleElement().asString()
                .startsWith("tables/verdicts.csv!A7: warning: the rows 'long-or-recital' (CLARIFY) and 'motivated'"
                        + " (ACCEPT) both match a request showing ")
                .contains("length.long");
    }

    @Test
    @DisplayName("refuses Java in a table cell, naming the cell, and never runs it")
    void javaInACell() throws Exception {
        Path pack = exported();
        replace(pack.resolve("tables/verdicts.csv"), "mass-pitch,pitch.mass,", "mass-pitch,System.exit(1),");
        assertThat(errors(pack)).singleElement().asString()
                .startsWith("tables/verdicts.csv!B4: error: 'System.exit(1)' is not a signal or group name");
        // Loading refuses it the same way; that this line runs at all shows nothing in the cell was executed.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pack.load(pack)).isInstanceOf(PackException.class)
                .hasMessageContaining("System.exit(1)");
    }

    @Test
    @DisplayName("lists the known signals for an unknown one")
    void unknownSignal() throws Exception {
        Path pack = exported();
        replace(pack.resolve("tables/verdicts.csv"), "mass-pitch,pitch.mass,", "mass-pitch,sales.spam,");
        assertThat(errors(pack)).singleElement().asString()
                .startsWith("tables/verdicts.csv!B4: error: 'sales.spam' is neither a signal")
                .contains("the known names are:", "pitch.mass", "origin.past");
    }

    @Test
    @DisplayName("suggests the closest verdict for a misspelt one")
    void misspeltVerdict() throws Exception {
        Path pack = exported();
        replace(pack.resolve("tables/verdicts.csv"), ",ACCEPT,", ",ACEPT,");
        assertThat(errors(pack)).singleElement().asString()
                .startsWith("tables/verdicts.csv!E7: error: 'ACEPT' is not a verdict")
                .endsWith("(did you mean 'ACCEPT'?)");
    }

    @Test
    @DisplayName("names the file, line and column of broken YAML")
    void brokenYaml() throws Exception {
        Path pack = exported();
        replace(pack.resolve("lexicons/de.yaml"), "signals:\n", "signals:\n  - [unclosed\n");
        assertThat(errors(pack)).singleElement().asString()
                .matches("lexicons/de\\.yaml:\\d+:\\d+: error: not valid YAML: .*check the indentation.*");
    }

    @Test
    @DisplayName("refuses a regular expression in a lexicon, with the YAML path and what to write instead")
    void catastrophicRegex() throws Exception {
        Path pack = exported();
        Path en = pack.resolve("lexicons/en.yaml");
        Files.writeString(en, Files.readString(en).replaceFirst("\n  greeting:\n(.*)\n    phrases:\n",
                "\n  greeting:\n$1\n    phrases:\n      - \"(a+)+b\"\n"));
        assertThat(errors(pack)).singleElement().asString()
                .startsWith("lexicons/en.yaml at signals.greeting.phrases[0]: error:")
                .contains("regular expression", "'word*'", "'...'");
    }

    @Test
    @DisplayName("refuses rule code unless pack.yaml allows it, without compiling it")
    void codeNeedsConsent() throws Exception {
        Path pack = exported();
        replace(pack.resolve("pack.yaml"), "allowCode: true", "allowCode: false");
        Files.writeString(pack.resolve("rules/exit.drl"), """
                package org.motive.rules.derived;
                rule "exit" when then System.exit(1); end
                """);
        List<String> errors = errors(pack);
        assertThat(errors).hasSize(2).allSatisfy(e -> assertThat(e).contains("allowCode: true"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("rules/exit.drl: error:"));
    }

    @Test
    @DisplayName("warns about a row that can never decide, at its id cell")
    void rowThatNeverDecides() throws Exception {
        Path pack = exported();
        // Without its 'any of', the row above 'motivated' takes every request 'motivated' would.
        replace(pack.resolve("tables/verdicts.csv"), "long-or-recital,\"origin, purpose\",\"length.long, profile.recital\",",
                "long-or-recital,\"origin, purpose\",,");
        PackCheck check = PackCheck.of(pack);
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).extracting(PackProblem::toString)
                .contains("tables/verdicts.csv!A7: warning: the row 'motivated' can never decide: every request"
                        + " it matches is decided by a row above it; move it up or narrow the rows above");
    }

    @Test
    @DisplayName("reports every kind of error at once, from tables, lexicons and rule code together")
    void everyErrorAtOnce() throws Exception {
        Path pack = exported();
        replace(pack.resolve("pack.yaml"), "allowCode: true", "allowCode: false");
        replace(pack.resolve("tables/verdicts.csv"), ",ACCEPT,", ",ACEPT,");
        replace(pack.resolve("lexicons/de.yaml"), "signals:\n", "signals:\n  - [unclosed\n");
        assertThat(errors(pack)).hasSize(3).anySatisfy(e -> assertThat(e).startsWith("rules/derived.drl: error:"))
                .anySatisfy(e -> assertThat(e).startsWith("tables/verdicts.csv!E7: error:"))
                .anySatisfy(e -> assertThat(e).startsWith("lexicons/de.yaml:"));
    }

    @Test
    @DisplayName("names a missing folder instead of failing")
    void missingFolder() {
        assertThat(PackCheck.of(dir.resolve("nowhere")).hasErrors()).isTrue();
    }
}
