package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.app.cli.Sources.line;
import static org.motive.app.cli.Sources.readAll;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonDocumentSourceTest {

    @Test
    @DisplayName("a file holding one request object gives that request")
    void oneObject() {
        String text = "{\n  \"id\": \"one\",\n  \"channel\": \"xing\",\n  \"message\": \"Hallo\"\n}\n";

        List<InputItem> items = readAll(new JsonDocumentSource("one.json", Sources.text(text)));

        assertThat(items).singleElement().isInstanceOfSatisfying(InputItem.Readable.class,
                readable -> assertThat(readable.request().id()).isEqualTo("one"));
    }

    @Test
    @DisplayName("an array gives its requests in order; a bad element names the line where it starts")
    void array() {
        String text = "[\n" + line("a", "x") + ",\n{\n \"id\": \"b\",\n \"message\": 7\n},\n" + line("c", "y") + "\n]";

        List<InputItem> items = readAll(new JsonDocumentSource("many.json", Sources.text(text)));

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(InputItem.Readable.class);
        assertThat(items.get(1)).isInstanceOfSatisfying(InputItem.Unreadable.class, bad -> {
            assertThat(bad.line()).isEqualTo(3);
            assertThat(bad.field()).isEqualTo("message");
        });
        assertThat(items.get(2)).isInstanceOfSatisfying(InputItem.Readable.class,
                readable -> assertThat(readable.request().id()).isEqualTo("c"));
    }

    @Test
    @DisplayName("a syntax error ends the file after the elements before it were read")
    void syntaxError() {
        String text = "[\n" + line("a", "x") + ",\n{\"id\": \"b\" \"message\": \"y\"}\n]";

        List<InputItem> items = readAll(new JsonDocumentSource("broken.json", Sources.text(text)));

        assertThat(items).hasSize(2);
        assertThat(items.get(1)).isInstanceOfSatisfying(InputItem.Unreadable.class, bad -> {
            assertThat(bad.line()).isEqualTo(3);
            assertThat(bad.message()).startsWith("malformed JSON");
        });
    }

    @Test
    @DisplayName("an empty file and an empty array each say that there is no request")
    void empty() {
        assertThat(readAll(new JsonDocumentSource("e.json", Sources.text("  "))))
                .singleElement().isInstanceOfSatisfying(InputItem.Unreadable.class,
                        bad -> assertThat(bad.message()).contains("empty input"));
        assertThat(readAll(new JsonDocumentSource("e.json", Sources.text("[ ]"))))
                .singleElement().isInstanceOfSatisfying(InputItem.Unreadable.class,
                        bad -> assertThat(bad.message()).contains("empty array"));
    }

    @Test
    @DisplayName("a second document after the first is reported, pointing to JSON Lines")
    void secondDocument() {
        List<InputItem> items = readAll(new JsonDocumentSource("two.json",
                Sources.text(line("a", "x") + "\n" + line("b", "y"))));

        assertThat(items).hasSize(2);
        assertThat(items.get(1)).isInstanceOfSatisfying(InputItem.Unreadable.class, bad -> {
            assertThat(bad.line()).isEqualTo(2);
            assertThat(bad.message()).contains("JSON Lines");
        });
    }

    @Test
    @DisplayName("a value that is not an object is an error naming its line")
    void notAnObject() {
        List<InputItem> items = readAll(new JsonDocumentSource("s.json", Sources.text("\"salam\"")));

        assertThat(items).singleElement().isInstanceOfSatisfying(InputItem.Unreadable.class,
                bad -> assertThat(bad.message()).contains("expected a JSON object"));
    }
}
