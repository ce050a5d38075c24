package org.motive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.json.LabelledRequest;
import org.motive.model.ContactRequest;
import org.motive.pack.ManifestReader;
import org.motive.pack.PackFiles;
import org.motive.pack.PackLoader;

@DisplayName("A compiled lexicon image")
class LexiconImageTest {

    private static List<Lexicon> parsed(PackFiles files) throws Exception {
        return PackLoader.lexicons(files, ManifestReader.read(files.bytes(ManifestReader.FILE)));
    }

    @Test
    @DisplayName("reads back lexicons that analyse every example request exactly as the parsed ones")
    void sameAnalyses() throws Exception {
        PackFiles files = PackLoader.builtInFiles();
        List<Lexicon> parsed = parsed(files);
        List<Lexicon> read = LexiconImage.read(LexiconImage.write(parsed, files.digest()), files.digest());
        assertThat(read).isNotNull().hasSameSizeAs(parsed);
        TextAnalyzer fromYaml = TextAnalyzer.create(parsed, AnalysisSettings.DEFAULTS);
        TextAnalyzer fromImage = TextAnalyzer.create(read, AnalysisSettings.DEFAULTS);
        List<LabelledRequest> examples = PackLoader.examples(files);
        assertThat(examples).hasSizeGreaterThan(100);
        for (LabelledRequest example : examples) {
            ContactRequest request = example.request();
            assertThat(fromImage.analyze(request)).as(request.id()).isEqualTo(fromYaml.analyze(request));
            ContactRequest guessed = request.withLanguage(null);
            assertThat(fromImage.analyze(guessed)).as(request.id()).isEqualTo(fromYaml.analyze(guessed));
        }
    }

    @Test
    @DisplayName("is ignored when it was compiled from other files, or is damaged")
    void staleOrDamaged() throws Exception {
        PackFiles files = PackLoader.builtInFiles();
        byte[] image = LexiconImage.write(parsed(files), files.digest());
        assertThat(LexiconImage.read(image, "0000000")).isNull();
        assertThat(LexiconImage.read(Arrays.copyOf(image, image.length / 2), files.digest())).isNull();
        assertThat(LexiconImage.read(new byte[0], files.digest())).isNull();
    }

    @Test
    @DisplayName("is what the build put beside the built-in pack, up to date with its files")
    void builtInImageIsCurrent() throws Exception {
        PackFiles files = PackLoader.builtInFiles();
        assertThat(PackLoader.builtInLexiconImage()).isNotNull();
        assertThat(LexiconImage.read(PackLoader.builtInLexiconImage(), files.digest())).isNotNull();
    }
}
