package org.motive.mail.box;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.SynchronizationAdapter;
import org.motive.model.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is left to do once the camel-mail consumer has committed a message. The consumer flags
 * every processed message {@code \Seen}, even with {@code peek=true}; the user must not find their
 * mail read because Motive looked at it, so an unread message is made unread again. Then, when
 * moving is configured, the message moves to its verdict's folder, with the flags it had: moving
 * it earlier would leave the consumer committing a message that is gone. Last, the message is
 * recorded as done; when this fails, the next poll does the actions again from the stored decision.
 * Runs after the consumer's own completion (lowest precedence), on the consumer's session.
 */
final class AfterCommit extends SynchronizationAdapter {

    /** The exchange property holding the decision to act on; absent when nothing is left to do. */
    static final String DECISION = "MotiveDecision";
    static final String KEY = "MotiveKey";

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private final Message mail;
    private final boolean wasSeen;
    private final MailboxActions actions;
    private final IdempotentRepository processed;

    AfterCommit(Message mail, boolean wasSeen, MailboxActions actions, IdempotentRepository processed) {
        this.mail = mail;
        this.wasSeen = wasSeen;
        this.actions = actions;
        this.processed = processed;
    }

    @Override
    public void onComplete(Exchange exchange) {
        try {
            keepUnread();
            Decision decision = exchange.getProperty(DECISION, Decision.class);
            if (decision != null) {
                if (actions.moves()) {
                    actions.move(mail, decision);
                }
                processed.add(MessageKey.done(exchange.getProperty(KEY, String.class)));
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("{}: the actions will be done again at the next poll: {}", exchange.getProperty(KEY), e.toString());
        }
    }

    @Override
    public void onFailure(Exchange exchange) {
        try {
            keepUnread();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("the connection is probably gone; the message was read with peek", e);
        }
    }

    private void keepUnread() throws MessagingException {
        if (!wasSeen) {
            mail.setFlag(Flags.Flag.SEEN, false);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST;
    }
}
