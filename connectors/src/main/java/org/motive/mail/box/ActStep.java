package org.motive.mail.box;

import java.util.EnumSet;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.motive.model.Decision;

/**
 * Runs the configured actions on a decided, stored message, then records the message as done.
 * Redelivered by the route's error handler when the server fails; the steps already done are kept
 * on the exchange and not redone. When every redelivery fails, the message is not recorded as done
 * and the next poll does its actions again from the stored decision.
 */
final class ActStep implements Processor {

    private static final String DONE = "MotiveStepsDone";

    private final MailboxActions actions;
    private final IdempotentRepository processed;

    ActStep(MailboxActions actions, IdempotentRepository processed) {
        this.actions = actions;
        this.processed = processed;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        long uid = exchange.getIn().getHeader(DecideStep.UID, -1L, Long.class);
        if (actions.any() && uid >= 0) {
            act(exchange, uid);
        }
        processed.add(MessageKey.done(exchange.getIn().getHeader(DecideStep.KEY, String.class)));
    }

    @SuppressWarnings("unchecked")
    private void act(Exchange exchange, long uid) throws Exception {
        Set<MailboxActions.Step> done = exchange.getProperty(DONE, Set.class);
        if (done == null) {
            done = EnumSet.noneOf(MailboxActions.Step.class);
            exchange.setProperty(DONE, done);
        }
        actions.apply(uid, exchange.getIn().getHeader(DecideStep.MESSAGE_ID, String.class),
                exchange.getIn().getBody(Decision.class), done);
        if (done.contains(MailboxActions.Step.MOVE)) {
            exchange.setProperty(SeenKeeper.MOVED, true);
        }
    }
}
