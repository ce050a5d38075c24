package org.motive.mail.box;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an unread message back its unread state. The camel-mail consumer flags every message it
 * processed {@code \Seen} when the exchange completes, even with {@code peek=true}; the user must
 * not find their mail read because Motive looked at it. Runs after the consumer's own completion
 * (lowest precedence), on the consumer's connection, and leaves a moved message alone: it has
 * left the folder with its flags as they were.
 */
final class SeenKeeper extends SynchronizationAdapter {

    static final String MOVED = "MotiveMoved";
    static final String KEEPING = "MotiveKeepingUnread";

    private static final Logger LOG = LoggerFactory.getLogger(SeenKeeper.class);

    private final Message mail;

    SeenKeeper(Message mail) {
        this.mail = mail;
    }

    @Override
    public void onDone(Exchange exchange) {
        if (Boolean.TRUE.equals(exchange.getProperty(MOVED, Boolean.class))) {
            return;
        }
        try {
            mail.setFlag(Flags.Flag.SEEN, false);
        } catch (MessagingException | RuntimeException e) {
            // Only the read state is lost; the decision is stored and the actions are done.
            LOG.warn("could not keep the message unread: {}", e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST;
    }
}
