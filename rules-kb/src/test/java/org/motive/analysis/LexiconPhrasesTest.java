package org.motive.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.motive.model.ContactRequest;

/**
 * Runs the built-in pack's phrase examples ({@code examples/phrases/<lang>.yaml}): every sentence
 * under {@code match} must give its signal, every one under {@code noMatch} must not.
 */
@DisplayName("The built-in lexicons")
class LexiconPhrasesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    @DisplayName("give each signal on its must-match sentences and not on its must-not-match ones")
    List<DynamicNode> phraseExamples() throws IOException {
        TextAnalyzer analyzer = TestLexicons.builtIn();
        List<DynamicNode> languages = new ArrayList<>();
        for (String lang : TestLexicons.builtInLanguages()) {
            String resource = "motive/pack/examples/phrases/" + lang + ".yaml";
            if (getClass().getClassLoader().getResource(resource) == null) {
                continue;
            }
            JsonNode root = YAML.readTree(TestLexicons.bytes(resource));
            List<DynamicNode> tests = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> signal = it.next();
                for (String key : List.of("match", "noMatch")) {
                    boolean expected = key.equals("match");
                    for (JsonNode sentence : signal.getValue().path(key)) {
                        String text = sentence.asText();
                        String name = lang + " " + signal.getKey() + (expected ? " in «" : " not in «") + text + "»";
                        tests.add(DynamicTest.dynamicTest(name, () -> {
                            Analysis a = analyzer.analyze(ContactRequest.of("phrase", text).withLanguage(lang));
                            assertEquals(expected, a.has(signal.getKey()), () -> lang + ": " + signal.getKey()
                                    + (expected ? " expected but not found" : " found but not expected")
                                    + " in «" + text + "»; signals: " + a.signals().stream()
                                    .map(s -> s.name() + s.evidence().stream().map(e -> "«" + e.text() + "»")
                                            .collect(Collectors.joining()))
                                    .collect(Collectors.joining(", ")));
                        }));
                    }
                }
            }
            languages.add(DynamicContainer.dynamicContainer(lang, tests));
        }
        return languages;
    }
}
