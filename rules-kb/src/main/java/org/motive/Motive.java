package org.motive;

import java.time.Clock;
import java.util.Objects;
import org.motive.analysis.Analysis;
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
    private final Decider decider;

    private Motive(Pack pack, Clock clock) {
        this.pack = pack;
        this.clock = clock;
        this.decider = new Decider(pack.compiled(), clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the request, applies the rules and explains the verdict. */
    public Decision evaluate(ContactRequest request) {
        Objects.requireNonNull(request, "request");
        Analysis analysis = pack.analyzer().analyze(request);
        return decider.decide(request, analysis);
    }

    public Pack pack() {
        return pack;
    }

    /** The same settings with other rules, e.g. a newly published pack. */
    public Motive withRules(Pack rules) {
        return new Motive(Objects.requireNonNull(rules, "rules"), clock);
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
            return new Motive(pack == null ? Pack.builtIn() : pack, clock);
        }
    }
}
