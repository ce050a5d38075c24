package org.motive.mail.box;

import java.util.Objects;
import org.motive.model.Decision;

/**
 * One line of a {@link JsonLinesDecisionStore}: the decision with the mailbox and the Message-ID of
 * the message it is about, so that a line can be traced back to the message on its own.
 */
public record StoredDecision(String mailbox, String messageId, Decision decision) {

    public StoredDecision {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(decision, "decision");
    }
}
