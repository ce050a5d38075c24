package org.motive.mail.box;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.motive.json.MotiveJson;
import org.motive.model.Decision;

/**
 * A {@link DecisionStore} in a JSON Lines file: one {@link StoredDecision} per line, appended and
 * forced to the disk (fsync) before {@link #put} returns, so that a decision the actions rely on
 * is never lost with the page cache. Lines are only ever appended; a reader sees whole lines.
 *
 * <pre>{@code
 * try (DecisionStore store = JsonLinesDecisionStore.open(Path.of("data/decisions.jsonl"))) { ... }
 * List<StoredDecision> all = JsonLinesDecisionStore.read(Path.of("data/decisions.jsonl"));
 * }</pre>
 */
public final class JsonLinesDecisionStore implements DecisionStore {

    private final Path file;
    private final FileChannel channel;

    private JsonLinesDecisionStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the file for appending, creating it and its folder when missing. */
    public static JsonLinesDecisionStore open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new JsonLinesDecisionStore(file, channel);
    }

    /** Every decision in the file, in the order stored; an absent file holds none. */
    public static List<StoredDecision> read(Path file) throws IOException {
        List<StoredDecision> decisions = new ArrayList<>();
        if (!Files.exists(file)) {
            return decisions;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    decisions.add(MotiveJson.mapper().readValue(line, StoredDecision.class));
                }
            }
        }
        return decisions;
    }

    @Override
    public synchronized void put(String mailbox, String messageId, Decision decision) throws IOException {
        // The JSON writer escapes line breaks inside strings, so one decision is always one line.
        byte[] line = (MotiveJson.write(new StoredDecision(mailbox, messageId, decision)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    /** Reads the file through; a store is asked this only for the few messages a crash left half done. */
    @Override
    public synchronized Optional<Decision> find(String mailbox, String messageId) throws IOException {
        Decision found = null;
        for (StoredDecision stored : read(file)) {
            if (stored.mailbox().equals(mailbox) && stored.messageId().equals(messageId)) {
                found = stored.decision();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "JsonLinesDecisionStore[" + file + "]";
    }
}
