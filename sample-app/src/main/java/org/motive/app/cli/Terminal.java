package org.motive.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command line reads from and where a person watches it: standard input, and whether
 * standard output and standard error are terminals. A progress line is drawn only on a terminal,
 * and only when the decisions themselves go elsewhere (a file or a pipe).
 */
public record Terminal(InputStream stdin, boolean stdoutIsTerminal, boolean stderrIsTerminal) {

    /** A terminal for tests and embedding: the given input and no terminal anywhere. */
    public static Terminal of(InputStream stdin) {
        return new Terminal(stdin, false, false);
    }

    /** The process's own streams. */
    public static Terminal system() {
        boolean console = System.console() != null;
        return new Terminal(System.in, isTerminal(1, console), isTerminal(2, console));
    }

    /**
     * Java 17 only says whether both stdin and stdout are terminals ({@code System.console()}); on
     * Linux the descriptor's link tells it for each stream, so that {@code motive evaluate ... > out}
     * still shows progress on the terminal's stderr.
     */
    private static boolean isTerminal(int descriptor, boolean fallback) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fallback;
        }
    }
}
