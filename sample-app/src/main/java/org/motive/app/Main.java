package org.motive.app;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.motive.app.cli.MotiveCli;
import org.motive.app.cli.Terminal;
import picocli.CommandLine;

/**
 * Starts the {@code motive} command line: {@code java -jar motive.jar evaluate --text "..."}.
 * Output is always UTF-8, whatever the platform's default charset, because decisions are JSON and
 * quote messages in any language.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        CommandLine cli = MotiveCli.create(Terminal.system());
        cli.setOut(out);
        cli.setErr(err);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        // Buffered and flushed by the commands: one system call per decision would dominate large runs.
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(descriptor),
                StandardCharsets.UTF_8), 1 << 16), false);
    }
}
