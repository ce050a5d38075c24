package org.motive.mail.dovecot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.Motive;
import org.motive.mail.box.JsonLinesDecisionStore;
import org.motive.mail.box.MailboxRunner;
import org.motive.mail.box.StoredDecision;
import org.motive.model.Verdict;

@DisplayName("A mailbox on a real Dovecot server")
class DovecotEndToEndTest {

    private static final Path MAIL = Path.of("src/test/resources/mail");

    @TempDir
    Path dir;

    @Test
    @DisplayName("is decided message by message, each marked with its verdict's keyword, and nothing twice after a restart")
    void decidesAndMarks() throws Exception {
        try (Dovecot dovecot = Dovecot.start(dir)) {
            List<String> names = List.of("linkedin-invitation-2016.eml", "xing-de-note.eml", "viadeo-fr-note.eml",
                    "en-reply-signature.eml");
            for (String name : names) {
                dovecot.deliver(name, Files.readAllBytes(MAIL.resolve(name)));
            }
            Properties config = new Properties();
            config.setProperty("motive.mail.url", dovecot.url());
            config.setProperty("motive.mail.username", Dovecot.USER);
            config.setProperty("motive.mail.password", Dovecot.PASSWORD);
            config.setProperty("motive.mail.pollDelay", "200");
            config.setProperty("motive.mail.decisions", dir.resolve("data/decisions.jsonl").toString());
            config.setProperty("motive.mail.processed", dir.resolve("data/processed.txt").toString());
            config.setProperty("motive.mail.deadLetter", dir.resolve("data/dead-letter").toString());
            Motive motive = Motive.builder().build();

            try (MailboxRunner runner = MailboxRunner.start(config, motive)) {
                await(() -> decisions().size() == names.size());
            }
            List<StoredDecision> decided = decisions();
            assertThat(decided).extracting(d -> d.decision().request().channel().wireName())
                    .containsExactlyInAnyOrder("linkedin", "xing", "viadeo", "email");
            assertThat(decided).filteredOn(d -> d.decision().request().channel().wireName().equals("linkedin"))
                    .singleElement().satisfies(d -> assertThat(d.decision().verdict()).isEqualTo(Verdict.DECLINE));

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", dovecot.port(), Dovecot.USER, Dovecot.PASSWORD);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<String> keywords = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    Flags flags = message.getFlags();
                    keywords.addAll(List.of(flags.getUserFlags()));
                    assertThat(flags.contains(Flags.Flag.SEEN)).as("left unread").isFalse();
                }
                assertThat(keywords).hasSize(names.size()).allSatisfy(k -> assertThat(k).startsWith("$Motive"))
                        .contains("$MotiveDecline");
                inbox.close(false);
            } finally {
                store.close();
            }

            try (MailboxRunner again = MailboxRunner.start(config, motive)) {
                Thread.sleep(1500); // several polls
            }
            assertThat(decisions()).as("a restart decides nothing again").hasSize(names.size());
        }
    }

    private List<StoredDecision> decisions() throws Exception {
        Path file = dir.resolve("data/decisions.jsonl");
        return Files.exists(file) ? JsonLinesDecisionStore.read(file) : List.of();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not decided within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
