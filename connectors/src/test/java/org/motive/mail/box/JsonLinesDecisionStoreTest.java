package org.motive.mail.box;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.Motive;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

@DisplayName("the JSON Lines decision store")
class JsonLinesDecisionStoreTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("keeps one line per decision, with its mailbox and Message-ID, across a reopening")
    void oneLinePerDecision() throws Exception {
        Motive motive = SharedMotive.get();
        Decision first = motive.evaluate(ContactRequest.of("r1", "Hello,\nI sell SEO services.\nBest"));
        Decision second = motive.evaluate(ContactRequest.of("r2",
                "Bonjour,\nnous nous sommes rencontrés au salon Batimat.\nCordialement"));
        Path file = dir.resolve("sub/decisions.jsonl");
        try (DecisionStore store = JsonLinesDecisionStore.open(file)) {
            store.put("imap://paul@h:143/INBOX", "<1@x>", first);
        }
        try (DecisionStore store = JsonLinesDecisionStore.open(file)) {
            store.put("imap://paul@h:143/INBOX", "<2@x>", second);
            assertThat(store.find("imap://paul@h:143/INBOX", "<2@x>")).contains(second);
            assertThat(store.find("imap://paul@h:143/Other", "<2@x>")).isEmpty();
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
        List<StoredDecision> read = JsonLinesDecisionStore.read(file);
        assertThat(read).extracting(StoredDecision::messageId).containsExactly("<1@x>", "<2@x>");
        assertThat(read.get(0).decision()).isEqualTo(first);
    }
}
