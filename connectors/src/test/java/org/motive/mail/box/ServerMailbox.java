package org.motive.mail.box;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The test's own view of the IMAP server, through Jakarta Mail as any client: what the route left
 * in a folder, with the flags and keywords it set.
 */
final class ServerMailbox {

    static final String USER = "paul";
    static final String PASSWORD = "secret";
    static final String ADDRESS = "paul@example.org";

    /** A message as the server holds it. */
    record Held(String messageId, Flags flags, String subject, String inReplyTo, String to, String replyTo,
                String text) {

        boolean keyword(String name) {
            return flags.contains(name);
        }
    }

    private ServerMailbox() {
    }

    /** Awaits what the server shows, retrying a read that failed because the route was moving messages. */
    static ConditionFactory settles(Duration deadline) {
        return Awaitility.await().atMost(deadline).ignoreExceptionsInstanceOf(MessagingException.class);
    }

    static MimeMessage fixture(String name) throws MessagingException, IOException {
        try (InputStream in = ServerMailbox.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    static MimeMessage message(String text) throws MessagingException {
        byte[] bytes = text.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(bytes));
    }

    /**
     * Every message of the folder, read without changing its flags; an absent folder is empty. While
     * the route moves messages, GreenMail may fail a read (it renumbers every session at once), so
     * callers retry on {@link MessagingException}.
     */
    static List<Held> read(int port, String folderName) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", port, USER, PASSWORD);
        try {
            char separator = store.getDefaultFolder().getSeparator();
            Folder folder = store.getFolder(folderName.replace('/', separator));
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            try {
                List<Held> held = new ArrayList<>();
                for (Message m : folder.getMessages()) {
                    // A read-only folder should leave flags alone, but not every server honours it.
                    ((org.eclipse.angus.mail.imap.IMAPMessage) m).setPeek(true);
                    held.add(new Held(header(m, "Message-ID"), m.getFlags(), m.getSubject(),
                            header(m, "In-Reply-To"), address(m.getRecipients(Message.RecipientType.TO)),
                            address(m.getReplyTo()),
                            m.isMimeType("text/*") ? String.valueOf(m.getContent()) : null));
                }
                return held;
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String address(jakarta.mail.Address[] addresses) {
        return addresses == null || addresses.length == 0 ? null
                : ((jakarta.mail.internet.InternetAddress) addresses[0]).getAddress();
    }

    private static String header(Message m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null ? null : values[0];
    }
}
