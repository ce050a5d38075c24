package org.motive.mail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.Party;

/**
 * Reads one e-mail (the bytes of an {@code .eml} file or of one mbox entry) as a contact request.
 * An invitation notification from LinkedIn, Xing or Viadeo becomes the invitation it carries (the
 * inviter, the personal note or the network's default line); any other e-mail becomes an
 * {@code email} request holding only what the sender wrote, without quoted replies, signature or
 * footers. Attachments are skipped without being decoded; the message and the text read are
 * capped. Immutable and thread-safe.
 *
 * <pre>{@code
 * MailReader reader = MailReader.builder().build();
 * try (InputStream in = Files.newInputStream(Path.of("message.eml"))) {
 *     Decision decision = motive.evaluate(reader.read(in));
 * } catch (MailException e) {
 *     System.err.println(e.getMessage());   // "not an e-mail message: ..."
 * }
 * }</pre>
 */
public final class MailReader {

    /** 25 MB: what most mail servers accept for one message. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 25L * 1024 * 1024;
    /** 200 KB of text is far more than any contact request; the rest is not analysed. */
    public static final int DEFAULT_MAX_TEXT_BYTES = 200 * 1024;

    /** At least one of these makes the input an e-mail; any other first line is not a header. */
    private static final Set<String> MAIL_FIELDS = Set.of("from", "to", "cc", "subject", "date", "message-id",
            "mime-version", "content-type", "received", "return-path", "sender", "reply-to", "delivered-to");

    /**
     * Permissive where real mail is sloppy (long lines, a first line that is no header), strict on
     * what costs memory: the number and length of header fields.
     */
    private static final MimeConfig MIME_CONFIG = new MimeConfig.Builder()
            .setMaxLineLen(-1)
            .setMaxHeaderCount(1000)
            .setMaxHeaderLen(100_000)
            .setMalformedHeaderStartsBody(true)
            .build();

    private final long maxMessageBytes;
    private final int maxTextBytes;
    private final ReplyCleaner cleaner = new ReplyCleaner(MailMarkers.BUILT_IN);

    private MailReader(Builder builder) {
        this.maxMessageBytes = builder.maxMessageBytes;
        this.maxTextBytes = builder.maxTextBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one message to its end (or to the size limit). The stream is not closed.
     *
     * @throws MailException when the bytes are not an e-mail, hold no text part, exceed the size
     *                       limit, or cannot be read; its message says which
     */
    public ContactRequest read(InputStream message) throws MailException {
        LimitedInputStream in = new LimitedInputStream(message, maxMessageBytes);
        // A message with a Message-ID needs no content hash for its id: stop hashing once it is read.
        PartCollector parts = new PartCollector(maxTextBytes, field -> {
            if (field.getName().equalsIgnoreCase("Message-ID") && messageId(field.getBody()) != null) {
                in.stopHashing();
            }
        });
        MimeStreamParser parser = new MimeStreamParser(MIME_CONFIG, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setContentHandler(parts);
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            MboxEnvelope.skip(buffered);
            parser.parse(buffered);
        } catch (LimitedInputStream.TooLarge e) {
            throw new MailException("message too large: over the limit of " + megabytes(maxMessageBytes)
                    + " (reading stopped there)");
        } catch (MimeException e) {
            throw new MailException("not a readable MIME message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MailException("cannot read the message: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // mime4j 0.8.14 fails this way on some broken multipart structures (e.g. an
            // IllegalStateException from its line buffer); one bad message must not stop a mailbox.
            throw new MailException("not a readable MIME message: its structure is broken (" + e + ")", e);
        }
        MailHeaders headers = headers(parts.topFields);
        if (headers.fields().keySet().stream().noneMatch(MAIL_FIELDS::contains)) {
            throw new MailException("not an e-mail message: it does not start with header fields such as From, "
                    + "To, Subject or Date");
        }
        String id = headers.messageId() != null ? headers.messageId() : in.hash();
        Optional<InvitationReader.Network> network = InvitationReader.BUILT_IN.recognise(headers);
        String text = text(parts, network.isPresent() ? List.of() : MailMarkers.BUILT_IN.htmlQuotes());
        if (network.isPresent()) {
            PartCollector.Text html = parts.html != null ? parts.html : parts.nestedHtml;
            return InvitationReader.BUILT_IN.read(network.get(), headers, text, html == null ? null : html.content(), id);
        }
        Party sender = headers.fromName() == null && headers.fromAddress() == null ? null
                : new Party(headers.fromName(), headers.fromAddress(), null, null, null);
        Party recipient = headers.toName() == null && headers.toAddress() == null ? null
                : new Party(headers.toName(), headers.toAddress(), null, null, null);
        return new ContactRequest(id, Channel.EMAIL, null, null, headers.date(), sender, recipient,
                headers.subject(), cleaner.clean(text), null);
    }

    /** The plain text part, else the HTML part as text; a forwarded message's text only when there is no other. */
    private static String text(PartCollector parts, List<String> htmlQuotes) throws MailException {
        PartCollector.Text plain = parts.plain != null ? parts.plain : parts.nestedPlain;
        PartCollector.Text html = parts.html != null ? parts.html : parts.nestedHtml;
        if (plain != null && !plain.content().isBlank()) {
            return plain.content();
        }
        if (html != null) {
            return HtmlText.toText(html.content(), htmlQuotes);
        }
        if (plain != null) {
            return plain.content();
        }
        throw new MailException(parts.skippedTypes.isEmpty() ? "no text: the message has no text part"
                : "no text: the message has no text part, only " + String.join(", ", parts.skippedTypes));
    }

    private static MailHeaders headers(List<Field> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String fromName = null;
        String fromAddress = null;
        String toName = null;
        String toAddress = null;
        String subject = null;
        Instant date = null;
        String messageId = null;
        for (Field raw : fields) {
            String name = raw.getName().toLowerCase(Locale.ROOT);
            String body = raw.getBody() == null ? "" : raw.getBody();
            String decoded = DecoderUtil.decodeEncodedWords(body, DecodeMonitor.SILENT).strip();
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(decoded);
            if (values.get(name).size() > 1) {
                continue;
            }
            switch (name) {
                case "from" -> {
                    Mailbox from = firstMailbox(raw);
                    fromName = from == null ? null : blankToNull(from.getName());
                    fromAddress = from == null ? null : blankToNull(from.getAddress());
                }
                case "to" -> {
                    Mailbox to = firstMailbox(raw);
                    toName = to == null ? null : blankToNull(to.getName());
                    toAddress = to == null ? null : blankToNull(to.getAddress());
                }
                case "subject" -> subject = decoded;
                case "date" -> {
                    ParsedField parsed = LenientFieldParser.getParser().parse(raw, DecodeMonitor.SILENT);
                    if (parsed instanceof DateTimeField dateField && dateField.getDate() != null) {
                        date = dateField.getDate().toInstant();
                    }
                }
                case "message-id" -> messageId = messageId != null ? messageId : messageId(body); // the first valid one
                default -> {
                    // kept in values only, for the invitation recognisers
                }
            }
        }
        return new MailHeaders(fromName, fromAddress, toName, toAddress, subject, date, messageId, values);
    }

    private static Mailbox firstMailbox(Field raw) {
        ParsedField parsed = LenientFieldParser.getParser().parse(raw, DecodeMonitor.SILENT);
        if (parsed instanceof MailboxListField list && list.getMailboxList() != null
                && !list.getMailboxList().isEmpty()) {
            return list.getMailboxList().get(0);
        }
        if (parsed instanceof AddressListField list && list.getAddressList() != null) {
            for (Address address : list.getAddressList()) {
                if (address instanceof Mailbox mailbox) {
                    return mailbox;
                }
                if (address instanceof Group group && !group.getMailboxes().isEmpty()) {
                    return group.getMailboxes().get(0);
                }
            }
        }
        return null;
    }

    private static String messageId(String body) {
        String id = body.strip();
        if (id.startsWith("<")) {
            int end = id.indexOf('>');
            id = end > 0 ? id.substring(1, end) : id.substring(1);
        }
        return id.isBlank() ? null : id.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Settings of a {@link MailReader}; every one has a default. */
    public static final class Builder {

        private long maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
        private int maxTextBytes = DEFAULT_MAX_TEXT_BYTES;

        private Builder() {
        }

        /** The largest message read, attachments included; a larger one is a {@link MailException}. */
        public Builder maxMessageBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxMessageBytes must be positive, got " + bytes);
            }
            this.maxMessageBytes = bytes;
            return this;
        }

        /** How much of each text part is read (decoded bytes); the rest is ignored. */
        public Builder maxTextBytes(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxTextBytes must be positive, got " + bytes);
            }
            this.maxTextBytes = bytes;
            return this;
        }

        public MailReader build() {
            return new MailReader(this);
        }
    }
}
