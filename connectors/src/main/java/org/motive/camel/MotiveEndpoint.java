package org.motive.camel;

import java.nio.file.Path;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.motive.Motive;
import org.motive.Pack;
import org.motive.PackException;

/**
 * {@code motive:evaluate[?rules=<pack folder>&language=<code>]}: decides the request in the body
 * with its own {@link Motive}. The pack folder is loaded once, when the endpoint starts; a pack that
 * cannot be used fails the start with its problems listed.
 *
 * <pre>{@code
 * from("direct:in").to("motive:evaluate?rules=/etc/motive/pack").to("mock:out");
 * }</pre>
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "motive", title = "Motive", syntax = "motive:operation",
        producerOnly = true)
public final class MotiveEndpoint extends DefaultEndpoint {

    static final String EVALUATE = "evaluate";

    @UriPath(enums = EVALUATE, description = "The operation: evaluate")
    @Metadata(required = true)
    private final String operation;

    @UriParam(description = "A rules pack folder; the built-in pack when absent")
    private String rules;

    @UriParam(description = "Decides every request in this language (an ISO 639-1 code such as fr)")
    private String language;

    private volatile Motive motive;

    MotiveEndpoint(String uri, MotiveComponent component, String operation) {
        super(uri, component);
        this.operation = operation;
    }

    @Override
    public Producer createProducer() {
        return new MotiveProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("motive: only decides (to), it cannot be a consumer (from): "
                + getEndpointUri());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (motive == null) {
            motive = Motive.builder().rules(pack()).build();
        }
    }

    private Pack pack() {
        if (rules == null || rules.isBlank()) {
            return Pack.builtIn();
        }
        try {
            return Pack.load(Path.of(rules));
        } catch (PackException e) {
            throw new IllegalStateException("the rules pack " + rules + " cannot be used: "
                    + String.join("; ", e.problems()), e);
        }
    }

    Motive motive() {
        Motive current = motive;
        if (current == null) {
            throw new IllegalStateException(getEndpointUri() + " is not started");
        }
        return current;
    }

    public String getOperation() {
        return operation;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
