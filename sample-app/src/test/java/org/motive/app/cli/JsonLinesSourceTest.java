package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motive.app.cli.Sources.line;
import static org.motive.app.cli.Sources.readAll;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

    @Test
    @DisplayName("requests come in file order, numbered by their line, blank lines counted but skipped")
    void order() {
        String text = line("a", "Hello") + "\n\n" + line("b", "Bonjour") + "\r\n" + line("c", "Hallo");

        List<InputItem> items = readAll(new JsonLinesSource("in.jsonl", Sources.text(text)));

        assertThat(items).allMatch(InputItem.Readable.class::isInstance);
        assertThat(items).extracting(item -> ((InputItem.Readable) item).request().id()).containsExactly("a", "b", "c");
        assertThat(items).extracting(InputItem::line).containsExactly(1, 3, 4);
    }

    @Test
    @DisplayName("each bad line is reported with its line and field, and the lines after it are still read")
    void badLines() {
        String text = String.join("\n",
                line("a", "ok"),
                "{\"id\": \"b\", \"message\": ",
                "{\"message\": \"no id\"}",
                "{\"id\": \"d\"}",
                "{\"id\": \"e\", \"message\": 42}",
                "{\"id\": \"f\", \"message\": \"x\", \"sender\": {\"name\": true}}",
                "[1, 2]",
                line("h", "still read"));

        List<InputItem> items = readAll(new JsonLinesSource("in.jsonl", Sources.text(text)));

        assertThat(items).hasSize(8);
        assertThat(items.get(0)).isInstanceOf(InputItem.Readable.class);
        assertThat(problem(items.get(1))).extracting(Problem::line, Problem::field).containsExactly(2, "$");
        assertThat(problem(items.get(1)).message()).contains("malformed JSON");
        assertThat(problem(items.get(2))).extracting(Problem::line, Problem::field).containsExactly(3, "id");
        assertThat(problem(items.get(3))).extracting(Problem::line, Problem::field).containsExactly(4, "message");
        assertThat(problem(items.get(4))).extracting(Problem::line, Problem::field).containsExactly(5, "message");
        assertThat(problem(items.get(5))).extracting(Problem::line, Problem::field).containsExactly(6, "sender.name");
        assertThat(problem(items.get(6))).extracting(Problem::line, Problem::field).containsExactly(7, "$");
        assertThat(items.get(7)).isInstanceOf(InputItem.Readable.class);
        assertThat(problem(items.get(1)).toJson()).startsWith("{\"file\":\"in.jsonl\",\"line\":2,\"field\":\"$\",");
    }

    @Test
    @DisplayName("an empty input is one problem that says so")
    void empty() {
        List<InputItem> items = readAll(new JsonLinesSource("empty.jsonl", Sources.text(" \n\n")));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(problem(item).message()).contains("empty");
            assertThat(problem(item).source()).isEqualTo("empty.jsonl");
        });
    }

    @Test
    @DisplayName("binary data is one problem, not one per garbled line")
    void binary() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37);
        }

        List<InputItem> items = readAll(new JsonLinesSource("photo.jpg", Sources.bytes(bytes)));

        assertThat(items).singleElement().satisfies(item -> assertThat(problem(item).message()).contains("binary"));
    }

    @Test
    @DisplayName("a line that is not valid UTF-8 is reported, and the others are read")
    void invalidUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((line("a", "ok") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"b\",\"message\":\"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(line("c", "ok").getBytes(StandardCharsets.UTF_8));

        List<InputItem> items = readAll(new JsonLinesSource("latin1.jsonl", Sources.bytes(bytes.toByteArray())));

        assertThat(items).hasSize(3);
        assertThat(problem(items.get(1)).line()).isEqualTo(2);
        assertThat(problem(items.get(1)).message()).contains("not valid UTF-8");
        assertThat(items.get(2)).isInstanceOf(InputItem.Readable.class);
    }

    @Test
    @DisplayName("a byte-order mark at the start is skipped")
    void byteOrderMark() {
        List<InputItem> items = readAll(new JsonLinesSource("bom.jsonl", Sources.text("\uFEFF" + line("a", "ok"))));

        assertThat(items).singleElement().isInstanceOf(InputItem.Readable.class);
    }

    @Test
    @DisplayName("a 10 MB message is read whole")
    void largeMessage() {
        String message = "word ".repeat(2_000_000);

        List<InputItem> items = readAll(new JsonLinesSource("big.jsonl", Sources.text(line("big", message))));

        assertThat(items).singleElement().isInstanceOfSatisfying(InputItem.Readable.class,
                readable -> assertThat(readable.request().message()).hasSize(10_000_000));
    }

    @Test
    @DisplayName("a missing file, a folder and an unreadable file are problems that name the file")
    void unreadable(@TempDir Path dir) throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.jsonl"), line("a", "x"));
        boolean canLock = locked.toFile().setReadable(false) && !Files.isReadable(locked);

        assertThat(problem(readAll(new JsonLinesSource("missing.jsonl", InputOpener.file(dir.resolve("missing.jsonl")))).get(0)))
                .satisfies(p -> assertThat(p.toText()).isEqualTo("missing.jsonl: cannot read it: no such file"));
        assertThat(problem(readAll(new JsonLinesSource("dir", InputOpener.file(dir))).get(0)).message())
                .contains("is a directory");
        if (canLock) {
            assertThat(problem(readAll(new JsonLinesSource("locked.jsonl", InputOpener.file(locked))).get(0)).message())
                    .contains("permission denied");
        }
    }

    private static Problem problem(InputItem item) {
        assertThat(item).isInstanceOf(InputItem.Unreadable.class);
        return ((InputItem.Unreadable) item).problem();
    }
}
