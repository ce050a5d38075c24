package org.motive.mail.box;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailMessage;
import org.motive.model.Decision;

/**
 * Sets the keyword, appends the draft and sends the reply of a decided, stored message, as
 * configured, and hands the rest (the move, the record that the message is done) to
 * {@link AfterCommit}. Redelivered by the route's error handler when the server fails.
 */
final class ActStep implements Processor {

    private final MailboxActions actions;

    ActStep(MailboxActions actions) {
        this.actions = actions;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Decision decision = exchange.getIn().getBody(Decision.class);
        actions.mark(exchange.getIn(MailMessage.class).getOriginalMessage(),
                exchange.getProperty(AfterCommit.KEY, String.class), decision);
        exchange.setProperty(AfterCommit.DECISION, decision);
    }
}
