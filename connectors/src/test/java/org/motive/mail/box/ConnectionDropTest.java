package org.motive.mail.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.model.Verdict;

@DisplayName("a mail server that drops the connection in the middle of a poll")
class ConnectionDropTest {

    /** Copies of each fixture, so that a poll lasts long enough to be cut. */
    private static final int COPIES = 3;
    private static final int MESSAGES = COPIES * MailboxRunnerTest.FIXTURES.size();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** How long the server stays down: the outage itself, not a wait for a result. */
    private static final long OUTAGE_MILLIS = 500;

    /**
     * GreenMail whose restart keeps the mail, as a real server's would: its own stop() starts
     * again from an empty store.
     */
    private static final class RestartableGreenMail extends GreenMail {

        RestartableGreenMail(ServerSetup setup) {
            super(setup);
        }

        /** Stops listening and closes every connection; start() serves the same mailboxes again. */
        void crash() {
            for (AbstractServer server : services.values()) {
                server.stopService();
            }
            services.clear();
        }
    }

    @TempDir
    Path dir;
    private RestartableGreenMail server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @DisplayName("loses nothing: every message ends decided exactly once, with its keyword")
    void losesNothing() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new RestartableGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        GreenMailUser user = server.setUser(ServerMailbox.ADDRESS, ServerMailbox.USER, ServerMailbox.PASSWORD);
        for (int copy = 0; copy < COPIES; copy++) {
            for (String fixture : MailboxRunnerTest.FIXTURES) {
                user.deliver(copy(fixture, copy));
            }
        }

        Properties config = new Properties();
        config.setProperty("motive.mail.url", "imap://127.0.0.1:" + port);
        config.setProperty("motive.mail.username", ServerMailbox.USER);
        config.setProperty("motive.mail.password", ServerMailbox.PASSWORD);
        config.setProperty("motive.mail.pollDelay", "100");
        config.setProperty("motive.mail.retries", "1");
        config.setProperty("motive.mail.retryDelay", "50");
        config.setProperty("motive.mail.backoffErrorThreshold", "1");
        config.setProperty("motive.mail.backoffMultiplier", "2");
        config.setProperty("motive.mail.decisions", dir.resolve("decisions.jsonl").toString());
        config.setProperty("motive.mail.processed", dir.resolve("processed.txt").toString());
        config.setProperty("motive.mail.deadLetter", dir.resolve("dead-letter").toString());

        try (MailboxRunner runner = MailboxRunner.start(config, SharedMotive.get())) {
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(5)).until(() -> decisions().size() >= 3);
            server.crash();
            int decidedBeforeTheDrop = decisions().size();
            Thread.sleep(OUTAGE_MILLIS);
            server.start();
            assertThat(decidedBeforeTheDrop).as("the drop came in the middle of the poll").isLessThan(MESSAGES);

            await().atMost(DEADLINE).until(() -> decisions().size() >= MESSAGES);
            Map<String, Verdict> verdicts = decisions().stream()
                    .collect(Collectors.toMap(StoredDecision::messageId, d -> d.decision().verdict()));
            ServerMailbox.settles(DEADLINE).untilAsserted(() -> assertThat(ServerMailbox.read(port, "INBOX"))
                    .hasSize(MESSAGES)
                    .allSatisfy(m -> {
                        assertThat(m.flags().getUserFlags()).as("keywords of %s", m.messageId())
                                .containsExactly(MailboxActions.KEYWORDS.get(verdicts.get(m.messageId())));
                        assertThat(m.flags().contains(Flags.Flag.SEEN)).as("read %s", m.messageId()).isFalse();
                    }));
        }
        List<StoredDecision> all = decisions();
        assertThat(all).hasSize(MESSAGES);
        assertThat(all.stream().map(StoredDecision::messageId).distinct()).hasSize(MESSAGES);
    }

    /** The fixture under a Message-ID of its own, its bytes otherwise unchanged. */
    private static MimeMessage copy(String fixture, int copy) throws Exception {
        try (InputStream in = ConnectionDropTest.class.getResourceAsStream("/mail/" + fixture)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String renamed = text.replaceFirst("(?im)^Message-ID: <", "Message-ID: <copy" + copy + ".");
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(renamed.getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    private List<StoredDecision> decisions() throws Exception {
        return JsonLinesDecisionStore.read(dir.resolve("decisions.jsonl"));
    }
}
