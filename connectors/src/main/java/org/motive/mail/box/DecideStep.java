package org.motive.mail.box;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.spi.IdempotentRepository;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.motive.Motive;
import org.motive.mail.MailException;
import org.motive.mail.MailReader;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides one message of the mailbox and stores the decision, or puts the message in the dead
 * letters when it cannot be read. The message's key enters the idempotent repository only after
 * the decision (or the dead letter) is on disk: a crash before that decides the message again
 * rather than losing it. A second key, {@link MessageKey#done}, records that the actions are done
 * too; a message decided but not acted on gets its stored decision back and goes on to the
 * actions. A message done stops here, before its body is downloaded when it has a Message-ID.
 */
final class DecideStep implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DecideStep.class);

    private final String mailbox;
    private final MailReader reader;
    private final Motive motive;
    private final DecisionStore store;
    private final IdempotentRepository processed;
    private final DeadLetters deadLetters;
    private final MailboxActions actions;
    private final long maxMessageBytes;

    DecideStep(String mailbox, MailReader reader, long maxMessageBytes, Motive motive, DecisionStore store,
               IdempotentRepository processed, DeadLetters deadLetters, MailboxActions actions) {
        this.actions = actions;
        this.maxMessageBytes = maxMessageBytes;
        this.mailbox = mailbox;
        this.reader = reader;
        this.motive = motive;
        this.store = store;
        this.processed = processed;
        this.deadLetters = deadLetters;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        if (mail instanceof IMAPMessage imap) {
            // Reading the body with BODY.PEEK leaves the message unread on the server.
            imap.setPeek(true);
        }
        if (exchange.getProperty(AfterCommit.KEY) == null) {
            // Once per exchange, not once per redelivery of this step.
            exchange.getExchangeExtension().addOnCompletion(
                    new AfterCommit(mail, mail.isSet(Flags.Flag.SEEN), actions, processed));
        }
        String fromHeader = MessageKey.fromHeader(firstHeader(mail, "Message-ID"));
        String messageId = fromHeader != null ? fromHeader : MessageKey.sha256(mail);
        String key = MessageKey.of(mailbox, messageId);
        exchange.setProperty(AfterCommit.KEY, key);
        if (processed.contains(MessageKey.done(key))) {
            exchange.setRouteStop(true);
            return;
        }
        if (processed.contains(key)) {
            // Decided and stored, but the actions were not all done: do them from the stored decision.
            Optional<Decision> stored = store.find(mailbox, messageId);
            if (stored.isPresent()) {
                exchange.getIn().setBody(stored.get());
                return;
            }
        }
        if (mail.getSize() > maxMessageBytes) {
            // Streamed to the dead letters, never held in memory.
            deadLetter(exchange, key, messageId, mail::writeTo, "message too large: " + mail.getSize()
                    + " bytes, over the limit of " + maxMessageBytes + " (motive.mail.maxMessageBytes)");
            return;
        }
        byte[] raw = raw(mail);
        ContactRequest request;
        try {
            request = reader.read(new ByteArrayInputStream(raw));
        } catch (MailException e) {
            deadLetter(exchange, key, messageId, out -> out.write(raw), e.getMessage());
            return;
        }
        Decision decision = motive.evaluate(request);
        store.put(mailbox, messageId, decision);
        processed.add(key);
        exchange.getIn().setBody(decision);
    }

    private void deadLetter(Exchange exchange, String key, String messageId, DeadLetters.Content content,
                            String reason) throws IOException, MessagingException {
        deadLetters.put(mailbox, messageId, content, reason);
        processed.add(MessageKey.done(key));
        LOG.warn("{} {}: not decided, kept in the dead letters: {}", mailbox, messageId, reason);
        exchange.setRouteStop(true);
    }

    private static String firstHeader(Message mail, String name) throws MessagingException {
        String[] values = mail.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static byte[] raw(Message mail) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(mail.getSize(), 1024));
        mail.writeTo(out);
        return out.toByteArray();
    }
}
