package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.json.MotiveJson;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Verdict;

class JsonDecisionWriterTest {

    @Test
    @DisplayName("decisions are JSON lines on stdout and problems JSON objects on stderr")
    void streams() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        JsonDecisionWriter writer = new JsonDecisionWriter(new PrintWriter(out), new PrintWriter(err));
        Decision decision = new Decision("r1", Verdict.ACCEPT, "motivated", 5, "en", "Fine.", null, List.of(),
                List.of(), null, null, "1.0.0-abc", Instant.parse("2026-11-20T09:15:01Z"), ContactRequest.of("r1", "Hi"));

        writer.decision(decision);
        writer.problem(new Problem("in.jsonl", 3, null, "id", "'id' is required"));
        writer.finish(new Tally());

        assertThat(out.toString()).endsWith("\n").doesNotContain("\n\n");
        assertThat(MotiveJson.readDecision(out.toString().strip())).isEqualTo(decision);
        JsonNode error = MotiveJson.mapper().readTree(err.toString());
        assertThat(error.get("file").asText()).isEqualTo("in.jsonl");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("field").asText()).isEqualTo("id");
        assertThat(error.get("error").asText()).isEqualTo("'id' is required");
    }
}
