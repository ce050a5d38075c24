package org.motive.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Receives the events of mime4j's streaming parser for one message and keeps only what a contact
 * request needs: the top-level header fields and the first text/plain and text/html parts, each
 * read up to a cap. Every other body (attachments, images, text marked as an attachment) is
 * simply not read, so the parser skips it without decoding it: a 20 MB attachment costs no more
 * memory than a small one.
 */
final class PartCollector extends AbstractContentHandler {

    private final int maxTextBytes;
    private final byte[] buffer = new byte[8192];

    private int messageDepth;
    private int partDepth;
    private boolean inTopHeader;
    private boolean topHeaderSeen;

    final List<Field> topFields = new ArrayList<>();
    final Set<String> skippedTypes = new LinkedHashSet<>();
    Text plain;
    Text html;
    /** Text of a message forwarded as an attachment, used only when the message itself has none. */
    Text nestedPlain;
    Text nestedHtml;

    /** One text part: its content and whether the cap cut it. */
    record Text(String content, boolean truncated) {
    }

    /** Told of each field of the message's own header as it is read. */
    private final java.util.function.Consumer<Field> topField;

    PartCollector(int maxTextBytes, java.util.function.Consumer<Field> topField) {
        this.maxTextBytes = maxTextBytes;
        this.topField = topField;
    }

    @Override
    public void startMessage() {
        messageDepth++;
    }

    @Override
    public void endMessage() {
        messageDepth--;
    }

    @Override
    public void startBodyPart() {
        partDepth++;
    }

    @Override
    public void endBodyPart() {
        partDepth--;
    }

    @Override
    public void startHeader() {
        inTopHeader = !topHeaderSeen && messageDepth == 1 && partDepth == 0;
    }

    @Override
    public void field(Field field) {
        if (inTopHeader) {
            topFields.add(field);
            topField.accept(field);
        }
    }

    @Override
    public void endHeader() {
        if (inTopHeader) {
            topHeaderSeen = true;
            inTopHeader = false;
        }
    }

    @Override
    public void body(BodyDescriptor descriptor, InputStream content) throws IOException {
        String type = descriptor.getMimeType() == null ? "text/plain" : descriptor.getMimeType().toLowerCase(Locale.ROOT);
        boolean attachment = descriptor instanceof MaximalBodyDescriptor maximal
                && "attachment".equalsIgnoreCase(maximal.getContentDispositionType());
        boolean plainType = type.equals("text/plain");
        boolean htmlType = type.equals("text/html");
        if (attachment || !(plainType || htmlType)) {
            skippedTypes.add(attachment ? type + " (attachment)" : type);
            return;
        }
        boolean nested = messageDepth > 1;
        if (plainType && (nested ? nestedPlain : plain) == null) {
            Text text = read(content, descriptor.getCharset());
            if (nested) {
                nestedPlain = text;
            } else {
                plain = text;
            }
        } else if (htmlType && (nested ? nestedHtml : html) == null) {
            Text text = read(content, descriptor.getCharset());
            if (nested) {
                nestedHtml = text;
            } else {
                html = text;
            }
        }
    }

    /** Reads at most maxTextBytes of decoded content; the parser skips whatever is left. */
    private Text read(InputStream content, String charset) throws IOException {
        byte[] bytes = new byte[Math.min(maxTextBytes, 16 * 1024)];
        int length = 0;
        boolean truncated = false;
        int n;
        while ((n = content.read(buffer)) > 0) {
            int room = maxTextBytes - length;
            if (n > room) {
                n = room;
                truncated = true;
            }
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(maxTextBytes, Math.max(bytes.length * 2, length + n)));
            }
            System.arraycopy(buffer, 0, bytes, length, n);
            length += n;
            if (truncated) {
                break;
            }
        }
        return new Text(TextDecoding.decode(bytes, length, charset), truncated);
    }
}
