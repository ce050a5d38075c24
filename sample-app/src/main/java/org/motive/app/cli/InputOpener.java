package org.motive.app.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the bytes of a source when it is read, so that a missing file is reported in its turn. */
@FunctionalInterface
interface InputOpener {

    InputStream open() throws IOException;

    static InputOpener file(Path path) {
        return () -> {
            if (Files.isDirectory(path)) {
                throw new FileSystemException(path.toString(), null, "is a directory, not a file");
            }
            return Files.newInputStream(path);
        };
    }

    /** Standard input, left open when the source is done: it belongs to the process. */
    static InputOpener unclosed(InputStream stream) {
        return () -> new FilterInputStream(stream) {
            @Override
            public void close() {
                // The process's standard input stays open.
            }
        };
    }

    static InputOpener resource(String name) {
        return () -> {
            InputStream in = InputOpener.class.getResourceAsStream(name);
            if (in == null) {
                throw new NoSuchFileException(name, null, "not found on the class path");
            }
            return in;
        };
    }

    /** A short reason for a failure to read, without the Java class names. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getReason() != null ? missing.getReason() : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
