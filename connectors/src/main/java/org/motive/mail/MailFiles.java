package org.motive.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the e-mails of a file or a folder as contact requests, one {@link MailItem} per message,
 * a bad message never stopping the others:
 * <ul>
 *   <li>a single {@code .eml} file (or any file that holds one message);</li>
 *   <li>an mbox file: a file that starts with a {@code From } envelope line, one item per
 *       message, its source numbered from 1 ({@code inbox.mbox#3});</li>
 *   <li>a folder: every {@code .eml} and {@code .mbox} file in it and in its subfolders, in the
 *       order of their paths.</li>
 * </ul>
 * The stream is lazy (one message in memory at a time) and holds open files: close it.
 *
 * <pre>{@code
 * try (Stream<MailItem> items = MailFiles.read(Path.of("inbox.mbox"))) {
 *     items.forEach(item -> ...);
 * }
 * }</pre>
 */
public final class MailFiles {

    private MailFiles() {
    }

    /** {@link #read(Path, MailReader)} with the default reader. */
    public static Stream<MailItem> read(Path path) throws IOException {
        return read(path, MailReader.builder().build());
    }

    /**
     * @throws NoSuchFileException when {@code path} does not exist; any problem with one message
     *                             or one file inside a folder is an item's error instead
     */
    public static Stream<MailItem> read(Path path, MailReader reader) throws IOException {
        if (Files.isDirectory(path)) {
            return list(path).stream().flatMap(file -> readFile(file, reader));
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return readFile(path, reader);
    }

    /** The {@code .eml} and {@code .mbox} files of a folder and its subfolders, sorted by path. */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(MailFiles::isMailFile).sorted().toList();
        }
    }

    /**
     * Whether {@code path} holds mail as {@link #read} takes it: a folder, a {@code .eml} or
     * {@code .mbox} file, or a file that starts with an mbox {@code From } line.
     */
    public static boolean isMail(Path path) {
        if (Files.isDirectory(path)) {
            return true;
        }
        if (isMailFile(path)) {
            return true;
        }
        try {
            return Files.isRegularFile(path) && startsWithEnvelope(path);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isMailFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".mbox");
    }

    private static Stream<MailItem> readFile(Path file, MailReader reader) {
        String source = file.toString();
        try {
            if (startsWithEnvelope(file)) {
                return mbox(file, reader);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Stream.of(item(source, reader, in));
            }
        } catch (IOException e) {
            return Stream.of(MailItem.failed(source, new MailException("cannot read the file: " + e, e)));
        }
    }

    private static boolean startsWithEnvelope(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(200);
            String line = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            return MboxEnvelope.isEnvelope(line);
        }
    }

    private static MailItem item(String source, MailReader reader, InputStream in) {
        try {
            return MailItem.of(source, reader.read(in));
        } catch (MailException e) {
            return MailItem.failed(source, e);
        }
    }

    private static Stream<MailItem> mbox(Path file, MailReader reader) throws IOException {
        MboxReader mbox = new MboxReader(Files.newInputStream(file));
        Spliterator<MailItem> messages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private int number;

            @Override
            public boolean tryAdvance(Consumer<? super MailItem> action) {
                InputStream message;
                try {
                    message = mbox.next();
                } catch (IOException e) {
                    // The file can no longer be read: report it once, as the next message, and stop.
                    action.accept(MailItem.failed(file + "#" + (number + 1),
                            new MailException("cannot read the mbox file: " + e.getMessage(), e)));
                    return false;
                }
                if (message == null) {
                    return false;
                }
                number++;
                action.accept(item(file + "#" + number, reader, message));
                return true;
            }
        };
        return StreamSupport.stream(messages, false).onClose(() -> {
            try {
                mbox.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
