package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("motive mail")
class MailCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... arguments) {
        CommandLine cli = MotiveCli.create(Terminal.of(new java.io.ByteArrayInputStream(new byte[0])));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments);
    }

    @Test
    @DisplayName("names the missing setting and exits 2 before connecting to anything")
    void missingSetting() throws Exception {
        Path config = Files.writeString(dir.resolve("application.properties"),
                "motive.mail.url=imap://127.0.0.1:1\nmotive.mail.password=x\n");
        assertThat(run("mail", "--config", config.toString())).isEqualTo(MotiveCli.UNUSABLE);
        assertThat(err.toString()).contains("motive.mail.username");
    }

    @Test
    @DisplayName("refuses a configuration file that does not exist, and needs --config")
    void noConfig() {
        assertThat(run("mail", "--config", dir.resolve("none.properties").toString())).isEqualTo(MotiveCli.UNUSABLE);
        assertThat(err.toString()).contains("none.properties");
        assertThat(run("mail")).isEqualTo(MotiveCli.UNUSABLE);
        assertThat(err.toString()).contains("--config");
    }
}
