package org.motive.mail.box;

import java.io.IOException;
import java.util.Optional;
import org.motive.model.Decision;

/**
 * Where the decisions on a mailbox's messages are kept. A decision is stored, durably, before any
 * action runs on the message: what was decided is never lost, even when an action fails or the
 * process stops. Implementations are thread-safe.
 *
 * <pre>{@code
 * try (DecisionStore store = JsonLinesDecisionStore.open(Path.of("data/decisions.jsonl"))) {
 *     store.put("imap://paul@mail.example.org/INBOX", "<42@example.org>", decision);
 * }
 * }</pre>
 */
public interface DecisionStore extends AutoCloseable {

    /**
     * Stores one decision; when this returns, the decision survives a crash.
     *
     * @param mailbox   the mailbox the message was read from
     * @param messageId the message's Message-ID, or {@code sha256-…} of its bytes when it has none
     */
    void put(String mailbox, String messageId, Decision decision) throws IOException;

    /**
     * The decision last stored for this message, if any: what the actions of a message decided
     * before a crash are redone from, without deciding it again.
     */
    Optional<Decision> find(String mailbox, String messageId) throws IOException;

    @Override
    void close() throws IOException;
}
