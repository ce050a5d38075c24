package org.motive.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.PackException;

@DisplayName("pack.yaml")
class ManifestReaderTest {

    private static final String VALID = String.join("\n",
            "name: my-rules",
            "version: 2.1.0",
            "languages: [fr, en]",
            "defaultLanguage: fr",
            "thresholds:",
            "  longMessageWords: 150",
            "  recitalShare: 0.6",
            "groups:",
            "  origin: [origin.past]",
            "  purpose: [purpose.ask]");

    private static PackManifest read(String yaml) throws PackException {
        return ManifestReader.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String yaml) {
        try {
            read(yaml);
        } catch (PackException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    @DisplayName("reads the name, version, languages, thresholds and groups, with defaults for what is left out")
    void reads() throws PackException {
        PackManifest manifest = read(VALID);
        assertThat(manifest.name()).isEqualTo("my-rules");
        assertThat(manifest.version()).isEqualTo("2.1.0");
        assertThat(manifest.languages()).containsExactly("fr", "en");
        assertThat(manifest.thresholds()).isEqualTo(new Thresholds(150, 100_000, 6, 14, 0.6));
        assertThat(manifest.group("origin")).containsExactly("origin.past");
        assertThat(manifest.analysisSettings().defaultLanguage()).isEqualTo("fr");
        assertThat(manifest.analysisSettings().recitalShare()).isEqualTo(0.6);
    }

    @Test
    @DisplayName("names the YAML path of an unknown key, since it is most often a misspelt one")
    void unknownKey() {
        assertThat(problems(VALID.replace("longMessageWords", "longMesageWords")))
                .singleElement().asString()
                .startsWith("pack.yaml at thresholds.longMesageWords: unknown key 'longMesageWords'; known keys: ")
                .contains("longMessageWords");
    }

    @Test
    @DisplayName("names the YAML path of a value of the wrong type")
    void wrongType() {
        assertThat(problems(VALID.replace("recitalShare: 0.6", "recitalShare: half")))
                .containsExactly("pack.yaml at thresholds.recitalShare: expected a number");
        assertThat(problems(VALID.replace("longMessageWords: 150", "longMessageWords: 150.5")).get(0))
                .startsWith("pack.yaml at thresholds.longMessageWords: ");
    }

    @Test
    @DisplayName("names the YAML path of a value out of range")
    void outOfRange() {
        assertThat(problems(VALID.replace("recitalShare: 0.6", "recitalShare: 1.5")))
                .containsExactly("pack.yaml at thresholds.recitalShare: 1.5 must be above 0 and at most 1, e.g. 0.5");
        assertThat(problems(VALID.replace("longMessageWords: 150", "longMessageWords: 0")))
                .containsExactly("pack.yaml at thresholds.longMessageWords: 0 must be at least 1");
    }

    @Test
    @DisplayName("reports every missing or bad field at once")
    void several() {
        String yaml = VALID.replace("version: 2.1.0\n", "").replace("[fr, en]", "[fr, english]")
                .replace("defaultLanguage: fr", "defaultLanguage: de").replace("  purpose: [purpose.ask]", "");
        assertThat(problems(yaml)).containsExactly(
                "pack.yaml at version: required",
                "pack.yaml at languages[1]: 'english' is not a two-letter ISO 639-1 code such as fr",
                "pack.yaml at defaultLanguage: 'de' is not one of the pack's languages [fr, english]",
                "pack.yaml at groups: the group 'purpose' is required");
    }

    @Test
    @DisplayName("gives the line of a YAML syntax error")
    void syntax() {
        assertThat(problems(VALID.replace("languages: [fr, en]", "languages: [fr, en")).get(0))
                .startsWith("pack.yaml").contains("(line 4)");
    }

    @Test
    @DisplayName("refuses an empty file")
    void empty() {
        assertThatThrownBy(() -> read("")).isInstanceOf(PackException.class).hasMessageContaining("pack.yaml: empty");
    }

    @Test
    @DisplayName("refuses a group member that is not a signal of the findings table")
    void groupMember() {
        assertThat(Packs.problems(Packs.edit("pack.yaml", "crm.knownContact]", "crm.knownContac]")))
                .containsExactly("pack.yaml at groups.origin[4]: 'crm.knownContac' is not a signal of tables/findings"
                        + " (did you mean 'crm.knownContact'?)");
    }
}
