package org.motive.mail.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.motive.model.Decision;
import org.motive.model.Verdict;

@DisplayName("a mailbox decided by the route")
class MailboxRunnerTest {

    /** Invitations and cold e-mails in French, English and German. */
    static final List<String> FIXTURES = List.of("linkedin-en-note.eml", "linkedin-de-default.eml",
            "linkedin-fr-html-note.eml", "xing-fr-note.eml", "xing-de-note.eml", "viadeo-en-default.eml",
            "fr-qp-latin1.eml", "de-base64-cp1252.eml", "en-reply-signature.eml", "en-outlook-footer.eml");

    static final Duration DEADLINE = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3)})
            .withPerMethodLifecycle(true);

    @TempDir
    Path dir;
    private GreenMailUser user;

    @BeforeEach
    void seed() throws Exception {
        user = GREEN_MAIL.setUser(ServerMailbox.ADDRESS, ServerMailbox.USER, ServerMailbox.PASSWORD);
        for (String fixture : FIXTURES) {
            user.deliver(ServerMailbox.fixture(fixture));
        }
    }

    @Test
    @DisplayName("every message is decided once, keyworded by its verdict and left unread in the inbox")
    void keywords() throws Exception {
        try (MailboxRunner runner = MailboxRunner.start(config("keyword"), SharedMotive.get())) {
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size());
            List<StoredDecision> stored = decisions();
            Map<String, Verdict> verdicts = stored.stream()
                    .collect(Collectors.toMap(StoredDecision::messageId, d -> d.decision().verdict()));
            assertThat(verdicts).hasSize(FIXTURES.size());
            assertThat(stored).allSatisfy(d -> assertThat(d.mailbox()).isEqualTo(runner.mailbox()));
            assertThat(verdicts.values()).contains(Verdict.ACCEPT, Verdict.DECLINE);

            ServerMailbox.settles(DEADLINE).untilAsserted(() -> {
                List<ServerMailbox.Held> inbox = ServerMailbox.read(port(), "INBOX");
                assertThat(inbox).hasSize(FIXTURES.size());
                assertThat(inbox).allSatisfy(m -> {
                    assertThat(m.keyword(MailboxActions.KEYWORDS.get(verdicts.get(m.messageId()))))
                            .as("keyword of %s", m.messageId()).isTrue();
                    assertThat(m.flags().getUserFlags()).as("keywords of %s", m.messageId()).hasSize(1);
                    assertThat(m.flags().contains(Flags.Flag.SEEN)).as("read %s", m.messageId()).isFalse();
                });
            });
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).as("nothing sent without autoReply").hasSize(FIXTURES.size());
    }

    @Test
    @DisplayName("with autoReply, each reply is sent once through SMTP to the sender, answering the message")
    void autoReply() throws Exception {
        Properties config = config("keyword");
        config.setProperty("motive.mail.autoReply", "true");
        config.setProperty("motive.mail.smtp.url", "smtp://127.0.0.1:" + GREEN_MAIL.getSmtp().getPort());
        try (MailboxRunner runner = MailboxRunner.start(config, SharedMotive.get())) {
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size());
            Map<String, Decision> decided = decisions().stream()
                    .collect(Collectors.toMap(StoredDecision::messageId, StoredDecision::decision));
            long withReply = decided.values().stream().filter(d -> d.reply() != null).count();
            assertThat(withReply).isPositive();
            ServerMailbox.settles(DEADLINE).untilAsserted(() -> assertThat(ServerMailbox.read(port(), "INBOX"))
                    .allSatisfy(m -> assertThat(m.flags().getUserFlags()).hasSize(1)));
            List<MimeMessage> sent = new java.util.ArrayList<>();
            for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
                if (m.getHeader("In-Reply-To") != null) {
                    sent.add(m);
                }
            }
            assertThat(sent).hasSize((int) withReply);
            for (MimeMessage reply : sent) {
                Decision answered = decided.get(reply.getHeader("In-Reply-To")[0]);
                assertThat(answered).isNotNull();
                assertThat(answered.reply()).isNotNull();
                assertThat(String.valueOf(reply.getContent()).replace("\r\n", "\n").strip())
                        .isEqualTo(answered.reply().strip());
            }
        }
    }

    @Test
    @DisplayName("with move and draft, each message is in its verdict's folder and each reply a draft answering it")
    void moveAndDraft() throws Exception {
        try (MailboxRunner runner = MailboxRunner.start(config("move,draft"), SharedMotive.get())) {
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size());
            Map<String, Decision> decided = decisions().stream()
                    .collect(Collectors.toMap(StoredDecision::messageId, StoredDecision::decision));
            long withReply = decided.values().stream().filter(d -> d.reply() != null).count();
            assertThat(withReply).isPositive();

            ServerMailbox.settles(DEADLINE).untilAsserted(() -> {
                assertThat(ServerMailbox.read(port(), "INBOX")).isEmpty();
                assertThat(ServerMailbox.read(port(), "Drafts")).hasSize((int) withReply);
            });
            Map<String, ServerMailbox.Held> originals = new java.util.HashMap<>();
            int moved = 0;
            for (Verdict verdict : Verdict.values()) {
                List<ServerMailbox.Held> folder = ServerMailbox.read(port(), "Motive/" + title(verdict));
                assertThat(folder).allSatisfy(m -> {
                    assertThat(decided.get(m.messageId()).verdict()).isEqualTo(verdict);
                    assertThat(m.flags().contains(Flags.Flag.SEEN)).as("read %s", m.messageId()).isFalse();
                });
                folder.forEach(m -> originals.put(m.messageId(), m));
                moved += folder.size();
            }
            assertThat(moved).isEqualTo(FIXTURES.size());

            assertThat(ServerMailbox.read(port(), "Drafts")).allSatisfy(draft -> {
                Decision answered = decided.get(draft.inReplyTo());
                assertThat(answered).as("the message %s answers", draft.inReplyTo()).isNotNull();
                assertThat(draft.subject()).startsWithIgnoringCase("Re:");
                assertThat(draft.flags().contains(Flags.Flag.DRAFT)).isTrue();
                assertThat(draft.text().replace("\r\n", "\n").strip()).isEqualTo(answered.reply().strip());
                assertThat(draft.to()).isEqualTo(originals.get(draft.inReplyTo()).replyTo());
            });
        }
    }

    @Test
    @DisplayName("a POP3 mailbox is decided and left on the server, nothing deleted")
    void pop3() throws Exception {
        Properties config = config("none");
        config.setProperty("motive.mail.url", "pop3://127.0.0.1:" + GREEN_MAIL.getPop3().getPort());
        try (MailboxRunner runner = MailboxRunner.start(config, SharedMotive.get())) {
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size());
            assertThat(runner.mailbox()).startsWith("pop3://paul@127.0.0.1:");
        }
        assertThat(decisions().stream().map(StoredDecision::messageId).distinct()).hasSize(FIXTURES.size());
        assertThat(ServerMailbox.read(port(), "INBOX")).hasSize(FIXTURES.size())
                .allSatisfy(m -> assertThat(m.flags().contains(Flags.Flag.DELETED)).isFalse());
    }

    @Test
    @DisplayName("a message decided but not acted on before a crash gets its actions from the stored decision")
    void crashAfterStore() throws Exception {
        // What a crash between storing and acting leaves: the decision stored, its key recorded, no
        // keyword. The stored verdict is not the one Motive gives, to see which one is acted on.
        String messageId = "<1821379452.118.1763278872000@lor1-app9.prod.linkedin.com>";
        String mailbox = "imap://paul@127.0.0.1:" + port() + "/INBOX";
        Decision fresh = SharedMotive.get().evaluate(org.motive.mail.MailReader.builder().build()
                .read(MailboxRunnerTest.class.getResourceAsStream("/mail/linkedin-en-note.eml")));
        assertThat(fresh.verdict()).isEqualTo(Verdict.ACCEPT);
        Decision stored = new Decision(fresh.requestId(), Verdict.CLARIFY, fresh.decidedBy(), fresh.score(),
                fresh.language(), fresh.summary(), fresh.hint(), fresh.findings(), fresh.missing(), fresh.reply(),
                fresh.signals(), fresh.rulesVersion(), fresh.decidedAt(), fresh.request());
        try (DecisionStore store = JsonLinesDecisionStore.open(dir.resolve("decisions.jsonl"))) {
            store.put(mailbox, messageId, stored);
        }
        Files.writeString(dir.resolve("processed.txt"), MessageKey.of(mailbox, messageId) + "\n");

        try (MailboxRunner runner = MailboxRunner.start(config("keyword"), SharedMotive.get())) {
            assertThat(runner.mailbox()).isEqualTo(mailbox);
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size());
            ServerMailbox.settles(DEADLINE).untilAsserted(() -> assertThat(ServerMailbox.read(port(), "INBOX"))
                    .allSatisfy(m -> assertThat(m.flags().getUserFlags()).hasSize(1))
                    .anySatisfy(m -> {
                        assertThat(m.messageId()).isEqualTo(messageId);
                        assertThat(m.keyword("$MotiveClarify")).isTrue();
                    }));
        }
        assertThat(decisions()).filteredOn(d -> d.messageId().equals(messageId)).hasSize(1);
    }

    @Test
    @DisplayName("a restart on the same files decides nothing again, and decides what came meanwhile")
    void restart() throws Exception {
        // Without a Message-ID, a message is known by the SHA-256 of its bytes.
        user.deliver(ServerMailbox.fixture("de-undeclared-utf8.eml"));
        try (MailboxRunner runner = MailboxRunner.start(config("keyword"), SharedMotive.get())) {
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size() + 1);
        }
        assertThat(decisions()).anySatisfy(d -> assertThat(d.messageId()).startsWith("sha256-"));
        user.deliver(ServerMailbox.fixture("viadeo-fr-note.eml"));
        try (MailboxRunner runner = MailboxRunner.start(config("keyword"), SharedMotive.get())) {
            // The new message is decided in a poll that met every earlier one first.
            await().atMost(DEADLINE).until(() -> decisions().stream()
                    .anyMatch(d -> d.messageId().equals("<inv.20261120.55211@viadeo.com>")));
            ServerMailbox.settles(DEADLINE).untilAsserted(() -> assertThat(ServerMailbox.read(port(), "INBOX"))
                    .allSatisfy(m -> assertThat(m.flags().getUserFlags()).hasSize(1)));
        }
        assertThat(decisions()).hasSize(FIXTURES.size() + 2);
        assertThat(decisions().stream().map(StoredDecision::messageId).distinct()).hasSize(FIXTURES.size() + 2);
    }

    @Test
    @DisplayName("messages that cannot be read or are too large go to the dead letters, and the others are decided")
    void deadLetter() throws Exception {
        user.deliver(ServerMailbox.message("From: Someone <someone@example.com>\nTo: paul@example.org\n"
                + "Subject: minutes\nMessage-ID: <too-large@example.com>\nContent-Type: text/plain\n\n"
                + "All the minutes of the year.\n".repeat(10_000)));
        user.deliver(ServerMailbox.message("""
                From: Someone <someone@example.com>
                To: paul@example.org
                Subject: scan
                Message-ID: <scan-only@example.com>
                MIME-Version: 1.0
                Content-Type: image/jpeg
                Content-Transfer-Encoding: base64

                /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/
                """));
        Properties config = config("keyword");
        config.setProperty("motive.mail.maxMessageBytes", "100000");
        try (MailboxRunner runner = MailboxRunner.start(config, SharedMotive.get())) {
            await().atMost(DEADLINE).until(() -> decisions().size() == FIXTURES.size());
            Path deadLetter = dir.resolve("dead-letter");
            await().atMost(DEADLINE).until(() -> Files.exists(deadLetter) && files(deadLetter).size() == 4);
            String scan = "scan-only_example.com_";
            assertThat(Files.readString(kept(deadLetter, scan, ".reason.txt"))).startsWith("no text")
                    .contains("<scan-only@example.com>");
            assertThat(Files.readString(kept(deadLetter, scan, ".eml"))).contains("Subject: scan");
            String large = "too-large_example.com_";
            assertThat(Files.readString(kept(deadLetter, large, ".reason.txt")))
                    .startsWith("message too large: ").contains("over the limit of 100000");
            assertThat(Files.size(kept(deadLetter, large, ".eml"))).isGreaterThan(280_000);
            assertThat(decisions()).noneMatch(d -> d.messageId().contains("@example.com>"));
            // The unreadable message stays where it was, as it was.
            assertThat(ServerMailbox.read(port(), "INBOX")).anySatisfy(m -> {
                assertThat(m.messageId()).isEqualTo("<scan-only@example.com>");
                assertThat(m.flags().getUserFlags()).isEmpty();
                assertThat(m.flags().contains(Flags.Flag.SEEN)).isFalse();
            });
        }
    }

    private static Path kept(Path dir, String id, String suffix) throws Exception {
        return files(dir).stream().filter(p -> p.getFileName().toString().endsWith(id + suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + suffix + " in " + dir));
    }

    private static List<Path> files(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.toList();
        }
    }

    private static String title(Verdict verdict) {
        return verdict.name().charAt(0) + verdict.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private Properties config(String actions) {
        Properties p = new Properties();
        p.setProperty("motive.mail.url", "imap://127.0.0.1:" + port());
        p.setProperty("motive.mail.username", ServerMailbox.USER);
        p.setProperty("motive.mail.password", ServerMailbox.PASSWORD);
        p.setProperty("motive.mail.pollDelay", "200");
        p.setProperty("motive.mail.retryDelay", "100");
        p.setProperty("motive.mail.actions", actions);
        p.setProperty("motive.mail.decisions", dir.resolve("decisions.jsonl").toString());
        p.setProperty("motive.mail.processed", dir.resolve("processed.txt").toString());
        p.setProperty("motive.mail.deadLetter", dir.resolve("dead-letter").toString());
        return p;
    }

    private List<StoredDecision> decisions() throws Exception {
        return JsonLinesDecisionStore.read(dir.resolve("decisions.jsonl"));
    }

    private static int port() {
        return GREEN_MAIL.getImap().getPort();
    }
}
