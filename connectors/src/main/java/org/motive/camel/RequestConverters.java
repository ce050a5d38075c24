package org.motive.camel;

import jakarta.mail.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.TypeConverterLoaderException;
import org.apache.camel.spi.TypeConverterLoader;
import org.apache.camel.spi.TypeConverterRegistry;
import org.apache.camel.support.SimpleTypeConverter;
import org.motive.json.InputException;
import org.motive.json.RequestParser;
import org.motive.mail.MailException;
import org.motive.mail.MailReader;
import org.motive.model.ContactRequest;

/**
 * Camel type converters to {@link ContactRequest}: JSON of one request as a {@code String},
 * {@code byte[]} or {@code InputStream}, an e-mail as a {@code jakarta.mail.Message}, or as bytes or
 * a stream when the header {@code MotiveInput} is {@code mail}. Listed in
 * {@code META-INF/services/org/apache/camel/TypeConverterLoader}, so any route can convert with
 * {@code convertBodyTo(ContactRequest.class)}. A body that cannot be read throws the
 * {@link InputException} or {@link MailException} that says why.
 */
public final class RequestConverters implements TypeConverterLoader {

    private static final MailReader MAIL = MailReader.builder().build();

    @Override
    public void load(TypeConverterRegistry registry) throws TypeConverterLoaderException {
        registry.addTypeConverter(ContactRequest.class, String.class,
                converter((exchange, value) -> json((String) value)));
        registry.addTypeConverter(ContactRequest.class, byte[].class,
                converter((exchange, value) -> isMail(exchange)
                        ? mail(new ByteArrayInputStream((byte[]) value))
                        : json(new String((byte[]) value, StandardCharsets.UTF_8))));
        registry.addTypeConverter(ContactRequest.class, InputStream.class,
                converter((exchange, value) -> {
                    // The stream is the body's: read once, so it is closed here, as Camel's own converters do.
                    try (InputStream in = (InputStream) value) {
                        return isMail(exchange) ? mail(in) : json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }));
        registry.addTypeConverter(ContactRequest.class, Message.class,
                converter((exchange, value) -> mail((Message) value)));
    }

    private interface Conversion {
        ContactRequest convert(Exchange exchange, Object value) throws Exception;
    }

    private static SimpleTypeConverter converter(Conversion conversion) {
        return new SimpleTypeConverter(false, (type, exchange, value) -> conversion.convert(exchange, value));
    }

    private static boolean isMail(Exchange exchange) {
        return exchange != null
                && MotiveHeaders.INPUT_MAIL.equalsIgnoreCase(exchange.getMessage().getHeader(MotiveHeaders.INPUT, String.class));
    }

    /** One JSON document, pretty-printed or not. */
    static ContactRequest json(String text) throws InputException {
        return RequestParser.parse(text);
    }

    static ContactRequest mail(InputStream raw) throws MailException {
        return MAIL.read(raw);
    }

    static ContactRequest mail(Message message) throws MailException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            message.writeTo(raw);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new MailException("not an e-mail message: " + e.getMessage(), e);
        }
        return mail(new ByteArrayInputStream(raw.toByteArray()));
    }
}
