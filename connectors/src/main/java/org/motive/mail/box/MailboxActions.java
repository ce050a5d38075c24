package org.motive.mail.box;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.motive.model.Decision;
import org.motive.model.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the configured actions on a decided message through a Jakarta Mail connection of its own,
 * not the consumer's: when the server drops the consumer mid-poll, a redelivered action reconnects
 * here and finds the message again by its UID. Each step done is recorded in {@code done}, so that a
 * redelivery after a partial failure neither appends a second draft nor sends a second reply.
 */
final class MailboxActions implements AutoCloseable {

    static final Map<Verdict, String> KEYWORDS = new EnumMap<>(Map.of(
            Verdict.ACCEPT, "$MotiveAccept", Verdict.CLARIFY, "$MotiveClarify", Verdict.DECLINE, "$MotiveDecline"));

    private static final Logger LOG = LoggerFactory.getLogger(MailboxActions.class);

    /** The steps, in the order they run; the move is last since the message leaves the folder. */
    enum Step { KEYWORD, DRAFT, SEND, MOVE }

    private final MailboxConfig config;
    private final Session session;
    private Store store;

    MailboxActions(MailboxConfig config) {
        this.config = config;
        this.session = Session.getInstance(timeouts(new Properties(), config.protocol()));
    }

    /** Whether any step is configured: without one, no connection is ever opened. */
    boolean any() {
        return !config.actions().isEmpty() || config.autoReply();
    }

    /**
     * Applies the configured actions to the message with this UID in the configured folder, unless
     * they are in {@code done}. A message the user removed meanwhile is left alone.
     */
    synchronized void apply(long uid, String messageId, Decision decision, Set<Step> done) throws MessagingException {
        try {
            IMAPFolder folder = (IMAPFolder) store().getFolder(config.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message message = folder.getMessageByUID(uid);
                if (message == null || !sameMessage(message, messageId)) {
                    LOG.warn("{} {} is no longer in the folder; its decision is stored, no action was done",
                            config.mailbox(), messageId);
                    return;
                }
                run(folder, message, decision, done);
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // The connection may be dead; the next attempt opens a new one.
            disconnect();
            throw e;
        }
    }

    private void run(IMAPFolder folder, Message message, Decision decision, Set<Step> done)
            throws MessagingException {
        Set<MailboxConfig.Action> actions = config.actions();
        if (actions.contains(MailboxConfig.Action.KEYWORD) && !done.contains(Step.KEYWORD)) {
            message.setFlags(new Flags(KEYWORDS.get(decision.verdict())), true);
            done.add(Step.KEYWORD);
        }
        boolean hasReply = decision.reply() != null && !decision.reply().isBlank();
        if (hasReply && actions.contains(MailboxConfig.Action.DRAFT) && !done.contains(Step.DRAFT)) {
            MimeMessage draft = reply(message, decision);
            draft.setFlag(Flags.Flag.DRAFT, true);
            Folder drafts = existing(config.draftsFolder());
            drafts.appendMessages(new Message[] {draft});
            done.add(Step.DRAFT);
        }
        if (hasReply && config.autoReply() && !done.contains(Step.SEND)) {
            send(reply(message, decision));
            done.add(Step.SEND);
        }
        if (actions.contains(MailboxConfig.Action.MOVE) && !done.contains(Step.MOVE)) {
            move(folder, message, existing(config.verdictFolders().get(decision.verdict())));
            done.add(Step.MOVE);
        }
    }

    /** A reply to the sender: {@code Re: subject}, {@code In-Reply-To} and {@code References} set. */
    private MimeMessage reply(Message message, Decision decision) throws MessagingException {
        MimeMessage reply = (MimeMessage) message.reply(false);
        Address from = from(message);
        if (from != null) {
            reply.setFrom(from);
        }
        reply.setText(decision.reply(), "UTF-8");
        reply.saveChanges();
        return reply;
    }

    /** The configured sender, else the address the message was sent to, which is the user's. */
    private Address from(Message message) throws MessagingException {
        if (config.smtp() != null && config.smtp().from() != null) {
            return new jakarta.mail.internet.InternetAddress(config.smtp().from());
        }
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to == null || to.length == 0 ? null : to[0];
    }

    private void move(IMAPFolder folder, Message message, Folder target) throws MessagingException {
        Message[] one = {message};
        IMAPStore imap = (IMAPStore) store();
        if (imap.hasCapability("MOVE")) {
            folder.moveMessages(one, target);
        } else {
            folder.copyMessages(one, target);
            message.setFlag(Flags.Flag.DELETED, true);
            if (imap.hasCapability("UIDPLUS")) {
                // Expunges this message only, never another one the user marked deleted.
                folder.expunge(one);
            }
        }
    }

    /** The folder of this name ({@code /} as the hierarchy separator), created when missing. */
    private Folder existing(String name) throws MessagingException {
        char separator = store().getDefaultFolder().getSeparator();
        Folder folder = store().getFolder(name.replace('/', separator));
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create the folder " + name);
        }
        return folder;
    }

    private void send(MimeMessage reply) throws MessagingException {
        MailboxConfig.Smtp smtp = config.smtp();
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        Properties properties = timeouts(new Properties(), protocol);
        properties.put("mail." + protocol + ".auth", "true");
        if (!smtp.ssl()) {
            properties.put("mail.smtp.starttls.enable", "true");
        }
        try (Transport transport = Session.getInstance(properties).getTransport(protocol)) {
            transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
            transport.sendMessage(reply, reply.getAllRecipients());
        }
    }

    private static boolean sameMessage(Message message, String messageId) throws MessagingException {
        if (messageId.startsWith("sha256-")) {
            return true;
        }
        String[] header = message.getHeader("Message-ID");
        return header != null && header.length > 0 && header[0].replaceAll("\\s+", "").equals(messageId);
    }

    private Store store() throws MessagingException {
        if (store == null || !store.isConnected()) {
            Store fresh = session.getStore(config.protocol());
            fresh.connect(config.host(), config.port(), config.username(), config.password());
            store = fresh;
        }
        return store;
    }

    private void disconnect() {
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            LOG.debug("closing a broken connection failed", e);
        }
        store = null;
    }

    private static Properties timeouts(Properties properties, String protocol) {
        // Without timeouts a server that stops answering blocks the route for ever.
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        return properties;
    }

    @Override
    public synchronized void close() {
        disconnect();
    }

    /** The UID of a message read by the consumer, or -1 when its folder has none (POP3). */
    static long uid(Message message) throws MessagingException {
        return message.getFolder() instanceof UIDFolder uids ? uids.getUID(message) : -1;
    }
}
