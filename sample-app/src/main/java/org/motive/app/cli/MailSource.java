package org.motive.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.motive.mail.MailFiles;
import org.motive.mail.MailItem;

/**
 * E-mail as requests: a {@code .eml} message, an mbox file, or a folder of them. Each message is
 * read with a MIME parser; one that cannot be read is reported with its file (and its number in an
 * mbox) and the others are still decided.
 */
final class MailSource implements RequestSource {

    private final String name;
    private final Path path;

    MailSource(String name, Path path) {
        this.name = name;
        this.path = path;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(Consumer<InputItem> sink) {
        if (!Files.isDirectory(path)) {
            readFile(path, sink);
            return;
        }
        List<Path> files;
        try {
            files = MailFiles.list(path);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new InputItem.Unreadable(name, 0, "$", "cannot read the folder: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
                // One message a file: parsed on the thread that decides it, so both work on every core.
                sink.accept(new InputItem.Deferred(file.toString(), () -> {
                    List<InputItem> items = new ArrayList<>(1);
                    readFile(file, items::add);
                    return items.get(0);
                }));
            } else {
                readFile(file, sink);
            }
        }
    }

    private void readFile(Path file, Consumer<InputItem> sink) {
        try (Stream<MailItem> items = MailFiles.read(file)) {
            items.forEach(item -> sink.accept(item.ok()
                    ? new InputItem.Readable(item.source(), 0, item.request())
                    : new InputItem.Unreadable(item.source(), 0, "$", item.error().getMessage())));
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new InputItem.Unreadable(file.toString(), 0, "$", "cannot read: " + e.getMessage()));
        }
    }
}
