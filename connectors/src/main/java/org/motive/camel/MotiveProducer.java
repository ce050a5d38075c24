package org.motive.camel;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.DefaultProducer;
import org.motive.json.InputException;
import org.motive.mail.MailException;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/** Reads the body as a request through the type converters, decides it, and leaves the decision. */
final class MotiveProducer extends DefaultProducer {

    private final MotiveEndpoint endpoint;

    MotiveProducer(MotiveEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ContactRequest request = request(exchange);
        if (endpoint.getLanguage() != null && !endpoint.getLanguage().isBlank()) {
            request = request.withLanguage(endpoint.getLanguage());
        }
        Decision decision = endpoint.motive().evaluate(request);
        var message = exchange.getMessage();
        message.setBody(decision);
        message.setHeader(MotiveHeaders.VERDICT, decision.verdict().name());
        message.setHeader(MotiveHeaders.DECIDED_BY, decision.decidedBy());
        message.setHeader(MotiveHeaders.RULES_VERSION, decision.rulesVersion());
        message.setHeader(MotiveHeaders.SCORE, decision.score());
        message.setHeader(MotiveHeaders.LANGUAGE, decision.language());
        message.setHeader(MotiveHeaders.HAS_REPLY, decision.reply() != null && !decision.reply().isBlank());
    }

    private static ContactRequest request(Exchange exchange) throws UnreadableRequestException {
        Object body = exchange.getMessage().getBody();
        if (body instanceof ContactRequest request) {
            return request;
        }
        if (body == null) {
            throw new UnreadableRequestException("no contact request: the body is empty", null, null);
        }
        try {
            if (body instanceof WrappedFile<?> || body instanceof File || body instanceof Path) {
                // A file from file: or ftp: is read as bytes: JSON, or an e-mail with MotiveInput=mail.
                body = exchange.getContext().getTypeConverter().mandatoryConvertTo(InputStream.class, exchange, body);
            }
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(ContactRequest.class, exchange, body);
        } catch (NoTypeConversionAvailableException e) {
            throw new UnreadableRequestException("no contact request: a body of type " + body.getClass().getName()
                    + " cannot be read; give a ContactRequest, the JSON of one request (String, byte[],"
                    + " InputStream, a file), or an e-mail (jakarta.mail.Message, or bytes with the header "
                    + MotiveHeaders.INPUT + "=" + MotiveHeaders.INPUT_MAIL + ")", null, e);
        } catch (TypeConversionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InputException input) {
                    throw new UnreadableRequestException("unreadable request: field '" + input.field() + "': "
                            + input.getMessage(), input.field(), input);
                }
                if (cause instanceof MailException mail) {
                    throw new UnreadableRequestException("unreadable e-mail: " + mail.getMessage(), null, mail);
                }
            }
            throw new UnreadableRequestException("unreadable request: " + e.getMessage(), null, e);
        }
    }
}
