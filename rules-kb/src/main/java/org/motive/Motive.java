package org.motive;

import java.time.Clock;
import java.util.Objects;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/**
 * The entry point: a contact request in, an explained decision out. Build one and share it; it is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Motive motive = Motive.builder().build();            // the built-in pack
 * Decision d = motive.evaluate(ContactRequest.of("r1", "Bonjour, nous nous sommes rencontrés..."));
 * }</pre>
 */
public final class Motive {

    private final Pack pack;
    private final Clock clock;

    private Motive(Builder builder) {
        this.pack = builder.pack == null ? Pack.builtIn() : builder.pack;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Decision evaluate(ContactRequest request) {
        Objects.requireNonNull(request, "request");
        throw new IllegalStateException("the knowledge base is not wired yet");
    }

    public Pack pack() {
        return pack;
    }

    /** Builds a {@link Motive}; every setting is optional. */
    public static final class Builder {
        private Pack pack;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The rules pack to decide with; the built-in pack when not set. */
        public Builder rules(Pack rules) {
            this.pack = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** The clock that stamps {@code decidedAt}. */
        public Builder clock(Clock decisionClock) {
            this.clock = Objects.requireNonNull(decisionClock, "clock");
            return this;
        }

        public Motive build() {
            return new Motive(this);
        }
    }
}
