package org.motive.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;

@DisplayName("Reading requests")
class RequestParserTest {

    @Test
    @DisplayName("reads the documented request and ignores unknown fields")
    void readsRequest() throws InputException {
        ContactRequest r = MotiveJson.readRequest("""
                {"id":"li-1","channel":"LinkedIn","language":"fr","receivedAt":"2026-11-20T09:15:00Z",
                 "sender":{"name":"Claire Martin"},"message":"Bonjour","context":{"previousInteractions":2},
                 "expected":"ACCEPT","somethingElse":[1,2]}""");
        assertThat(r.channel()).isEqualTo(Channel.LINKEDIN);
        assertThat(r.sender().firstName()).isEqualTo("Claire");
        assertThat(r.contextOrNone().isKnownContact()).isTrue();
    }

    @Test
    @DisplayName("names the field that is missing, mistyped or out of range")
    void namesTheField() {
        assertField("{\"message\":\"hi\"}", "id", "required");
        assertField("{\"id\":\"a\"}", "message", "required");
        assertField("{\"id\":7,\"message\":\"hi\"}", "id", "must be a string");
        assertField("{\"id\":\"a\",\"message\":[\"hi\"]}", "message", "must be a string");
        assertField("{\"id\":\"a\",\"message\":\"hi\",\"channel\":\"fax\"}", "channel", "linkedin");
        assertField("{\"id\":\"a\",\"message\":\"hi\",\"receivedAt\":\"yesterday\"}", "receivedAt", "");
        assertField("{\"id\":\"a\",\"message\":\"hi\",\"sender\":{\"name\":42}}", "sender.name", "a string");
        assertField("{\"id\":\"a\",\"message\":\"hi\",\"language\":\"french!\"}", "language", "ISO 639-1");
        assertField("{\"id\":\"a\",", "$", "malformed JSON");
        assertField("[1,2]", "$", "expected a JSON object");
    }

    @Test
    @DisplayName("a bad line of JSON Lines is reported with its number and the others are read")
    void jsonLinesGoOn() {
        String input = "{\"id\":\"1\",\"message\":\"a\"}\n\nnot json\n{\"id\":\"3\",\"message\":\"c\"}\n";
        List<RequestLines.Line> lines = RequestLines.read(new StringReader(input)).toList();
        assertThat(lines).extracting(RequestLines.Line::number).containsExactly(1, 3, 4);
        assertThat(lines.get(1).ok()).isFalse();
        assertThat(lines.get(1).error().toJson()).contains("\"line\":3").contains("\"field\":\"$\"");
        assertThat(lines.get(2).request().id()).isEqualTo("3");
    }

    private static void assertField(String json, String field, String words) {
        assertThatThrownBy(() -> MotiveJson.readRequest(json))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(words);
    }
}
