package org.motive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Verdict;
import org.motive.pack.PackLoader;

@DisplayName("A user's pack folder")
class PackLoadTest {

    @TempDir
    Path temp;

    private Path copyOfBuiltIn() throws Exception {
        return PackLoader.builtInFiles().writeTo(temp.resolve("my-pack"));
    }

    @Test
    @DisplayName("loads, compiles and decides like the built-in pack when unchanged")
    void unchanged() throws Exception {
        Pack pack = Pack.load(copyOfBuiltIn());
        assertThat(pack.rulesVersion()).isEqualTo(Pack.builtIn().rulesVersion());
        assertThat(pack.examples()).hasSameSizeAs(Pack.builtIn().examples());
        Motive mine = Motive.builder().rules(pack).build();
        Motive builtIn = Motive.builder().build();
        for (var example : pack.examples().subList(0, 30)) {
            assertThat(mine.evaluate(example.request()).verdict()).as(example.request().id())
                    .isEqualTo(builtIn.evaluate(example.request()).verdict());
        }
    }

    @Test
    @DisplayName("decides by the edited table, under a new rules version")
    void edited() throws Exception {
        Path dir = copyOfBuiltIn();
        Path table = dir.resolve("tables/verdicts.csv");
        Files.writeString(table, Files.readString(table).replace(
                "empty-or-template,,\"content.empty, template.generic\",\"origin, purpose\",DECLINE,\"origin, purpose\","
                        + "polite-refusal",
                "empty-or-template,,\"content.empty, template.generic\",\"origin, purpose\",CLARIFY,\"origin, purpose\","
                        + "polite-refusal"));
        Pack pack = Pack.load(dir);
        assertThat(pack.rulesVersion()).isNotEqualTo(Pack.builtIn().rulesVersion());
        Decision d = Motive.builder().rules(pack).build().evaluate(ContactRequest.of("s", "salam"));
        assertThat(d.decidedBy()).isEqualTo("empty-or-template");
        assertThat(d.verdict()).isEqualTo(Verdict.CLARIFY);
        assertThat(d.rulesVersion()).isEqualTo(pack.rulesVersion());
    }

    @Test
    @DisplayName("reports every problem of a broken folder at once, naming file and place")
    void broken() throws Exception {
        Path dir = copyOfBuiltIn();
        Files.writeString(dir.resolve("pack.yaml"), Files.readString(dir.resolve("pack.yaml"))
                .replace("recitalShare: 0.5", "recitalShare: 5").replace("version: 1.0.0", "version: one"));
        assertThatThrownBy(() -> Pack.load(dir)).isInstanceOfSatisfying(PackException.class, e ->
                assertThat(e.problems()).containsExactly("pack.yaml at version: 'one' is not a version such as 1.0.0",
                        "pack.yaml at thresholds.recitalShare: 5.0 must be above 0 and at most 1, e.g. 0.5"));
    }
}
