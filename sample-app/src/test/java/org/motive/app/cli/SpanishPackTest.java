package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.json.MotiveJson;
import org.motive.model.Decision;
import org.motive.model.Verdict;
import picocli.CommandLine;

/**
 * Spanish added to an exported pack as two files (a lexicon and the replies) and one word in
 * pack.yaml, with no code: the pack then decides Spanish requests and answers in Spanish.
 */
class SpanishPackTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @DisplayName("a pack with the Spanish files accepts a motivated Spanish request, declines 'Hola' and asks for the origin in Spanish")
    void spanishDecisions() throws Exception {
        Path pack = dir.resolve("pack");
        assertThat(run("rules", "export", pack.toString())).as(err.toString()).isZero();
        addSpanish(pack);

        out.getBuffer().setLength(0);
        int status = run("evaluate", "--format", "json", "--rules", pack.toString(),
                "--text", "Hola Marta, nos conocimos en la feria Fitur de Madrid la semana pasada. ¿Podríamos hablar por teléfono el jueves?",
                "--text", "Hola",
                "--text", "Buenos días, le escribo porque me gustaría que me enviara información sobre sus cursos de formación. Un saludo, Pedro");

        assertThat(status).as(err.toString()).isZero();
        List<Decision> decisions = decisions();
        assertThat(decisions).extracting(Decision::language).containsExactly("es", "es", "es");
        assertThat(decisions).extracting(Decision::verdict).containsExactly(Verdict.ACCEPT, Verdict.DECLINE, Verdict.CLARIFY);
        assertThat(decisions.get(0).finding("origin.past")).isNotNull();
        assertThat(decisions.get(0).summary()).isEqualTo("La petición dice de dónde viene el contacto y para qué sirve.");
        assertThat(decisions.get(2).decidedBy()).isEqualTo("purpose-without-origin");
        assertThat(decisions.get(2).missing()).containsExactly("origin");
        assertThat(decisions.get(2).reply())
                .contains("Gracias por su mensaje.")
                .contains("¿Podría decirme dónde nos conocimos, o quién le sugirió que me contactara?")
                .contains("Un cordial saludo,");
    }

    /** What the guide asks a business user to do: copy the two files, and name the language in pack.yaml. */
    static void addSpanish(Path pack) throws Exception {
        for (String file : List.of("lexicons/es.yaml", "replies/es.yaml")) {
            try (InputStream in = SpanishPackTest.class.getResourceAsStream("/authoring/es/" + file)) {
                assertThat(in).as(file).isNotNull();
                Files.write(pack.resolve(file), in.readAllBytes());
            }
        }
        Path manifest = pack.resolve("pack.yaml");
        String text = Files.readString(manifest);
        assertThat(text).contains("languages: [fr, en, de]");
        Files.writeString(manifest, text.replace("languages: [fr, en, de]", "languages: [fr, en, de, es]"));
    }

    private List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        out.toString().lines().filter(line -> !line.isBlank()).forEach(line -> decisions.add(MotiveJson.readDecision(line)));
        return decisions;
    }

    private int run(String... arguments) {
        CommandLine cli = MotiveCli.create(Terminal.of(new ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments);
    }
}
