package org.motive.mail.box;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.SearchTerm;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.spi.IdempotentRepository;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.motive.model.Decision;
import org.motive.model.Verdict;

/**
 * Does the configured actions on a decided message, on the consumer's own IMAP session: a second
 * session moving messages would renumber the folder under the consumer's feet. A draft appended
 * or a reply sent is recorded in the idempotent repository, so that doing the actions again after
 * a failure never appends a second draft nor sends a second reply.
 */
final class MailboxActions {

    static final Map<Verdict, String> KEYWORDS = new EnumMap<>(Map.of(
            Verdict.ACCEPT, "$MotiveAccept", Verdict.CLARIFY, "$MotiveClarify", Verdict.DECLINE, "$MotiveDecline"));

    private final MailboxConfig config;
    private final IdempotentRepository processed;

    MailboxActions(MailboxConfig config, IdempotentRepository processed) {
        this.config = config;
        this.processed = processed;
    }

    boolean moves() {
        return config.actions().contains(MailboxConfig.Action.MOVE);
    }

    /** Appends the draft, sends the reply and sets the keyword, as configured; the message stays. */
    void mark(Message message, String key, Decision decision) throws MessagingException {
        boolean hasReply = decision.reply() != null && !decision.reply().isBlank();
        if (hasReply && config.actions().contains(MailboxConfig.Action.DRAFT) && !processed.contains(key + " draft")) {
            MimeMessage draft = reply(message, decision);
            draft.setFlag(Flags.Flag.DRAFT, true);
            existing(message.getFolder().getStore(), config.draftsFolder()).appendMessages(new Message[] {draft});
            processed.add(key + " draft");
        }
        if (hasReply && config.autoReply() && !processed.contains(key + " sent")) {
            send(reply(message, decision));
            processed.add(key + " sent");
        }
        // Last: a message with a keyword has its draft and reply done, so polls can skip it.
        if (config.actions().contains(MailboxConfig.Action.KEYWORD)) {
            message.setFlags(new Flags(KEYWORDS.get(decision.verdict())), true);
        }
    }

    /**
     * The messages still to consider, or null for all: when keywords are set and messages stay in
     * the folder, those with a keyword are done and are not fetched again at every poll.
     */
    SearchTerm pending() {
        if (!config.actions().contains(MailboxConfig.Action.KEYWORD) || moves()) {
            return null;
        }
        SearchTerm[] marked = KEYWORDS.values().stream()
                .map(keyword -> new FlagTerm(new Flags(keyword), true))
                .toArray(SearchTerm[]::new);
        return new NotTerm(new OrTerm(marked));
    }

    /** Moves the message to its verdict's folder, created when missing. */
    void move(Message message, Decision decision) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) message.getFolder();
        IMAPStore store = (IMAPStore) folder.getStore();
        Folder target = existing(store, config.verdictFolders().get(decision.verdict()));
        Message[] one = {message};
        if (store.hasCapability("MOVE")) {
            folder.moveMessages(one, target);
        } else {
            folder.copyMessages(one, target);
            message.setFlag(Flags.Flag.DELETED, true);
            if (store.hasCapability("UIDPLUS")) {
                // Expunges this message only, never another one the user marked deleted.
                folder.expunge(one);
            }
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
            return new InternetAddress(config.smtp().from());
        }
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to == null || to.length == 0 ? null : to[0];
    }

    /** The folder of this name ({@code /} as the hierarchy separator), created when missing. */
    private static Folder existing(Store store, String name) throws MessagingException {
        char separator = store.getDefaultFolder().getSeparator();
        Folder folder = store.getFolder(name.replace('/', separator));
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create the folder " + name);
        }
        return folder;
    }

    private void send(MimeMessage reply) throws MessagingException {
        MailboxConfig.Smtp smtp = config.smtp();
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        Properties properties = new Properties();
        // Without timeouts a server that stops answering blocks the route for ever.
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        properties.put("mail." + protocol + ".auth", "true");
        if (!smtp.ssl()) {
            // Used when the server offers it, so that the password does not travel in clear.
            properties.put("mail.smtp.starttls.enable", "true");
        }
        try (Transport transport = Session.getInstance(properties).getTransport(protocol)) {
            transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
            transport.sendMessage(reply, reply.getAllRecipients());
        }
    }
}
