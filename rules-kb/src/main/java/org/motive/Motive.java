package org.motive;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/**
 * The entry point: a contact request in, an explained decision out. Build one and share it; it is
 * thread-safe, and its rules can be changed while it runs.
 *
 * <pre>{@code
 * Motive motive = Motive.builder().build();            // the built-in pack
 * Decision d = motive.evaluate(ContactRequest.of("r1", "Bonjour, nous nous sommes rencontrés..."));
 *
 * motive.publish(Path.of("my-pack")).join();           // checked and tested, then swapped in
 * motive.rollback();                                   // back to the pack before
 * }</pre>
 *
 * <p>Every evaluation takes the live pack once, at its start: an evaluation in flight while a pack
 * is published finishes on the pack it began with, and no decision mixes two packs. Each decision
 * names the pack that made it ({@link Decision#rulesVersion()}).
 */
public final class Motive {

    /** A pack ready to decide; immutable, so that one evaluation sees one pack. */
    private record Engine(Pack pack, Decider decider) {
        Decision evaluate(ContactRequest request) {
            return decider.decide(request, pack.analyzer().analyze(request));
        }
    }

    /** The live pack and the one it replaced, swapped together. */
    private record Live(Engine current, Engine previous) {
    }

    private final Clock clock;
    private final AtomicReference<Live> live;
    private final AtomicReference<Shadow> shadow = new AtomicReference<>();
    private final Object publishing = new Object();

    private Motive(Pack pack, Clock clock) {
        this.clock = clock;
        this.live = new AtomicReference<>(new Live(engine(pack), null));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the request, applies the rules and explains the verdict. */
    public Decision evaluate(ContactRequest request) {
        Objects.requireNonNull(request, "request");
        Decision decision = live.get().current().evaluate(request);
        Shadow candidate = shadow.get();
        if (candidate != null) {
            candidate.compare(request, decision);
        }
        return decision;
    }

    /** The live pack. */
    public Pack pack() {
        return live.get().current().pack();
    }

    /** A new {@link Motive} with the same settings and other rules; this one is unchanged. */
    public Motive withRules(Pack rules) {
        return new Motive(Objects.requireNonNull(rules, "rules"), clock);
    }

    /**
     * Runs the candidate's examples and, only if all pass, makes it the live pack; the pack it
     * replaces is kept for {@link #rollback()}. A candidate that fails leaves the live pack alone.
     */
    public Publication publish(Pack candidate) {
        Objects.requireNonNull(candidate, "candidate");
        PackTestReport tests = candidate.test();
        synchronized (publishing) {
            Live before = live.get();
            if (!tests.passed()) {
                return Publication.refused(before.current().pack().rulesVersion(), null, tests);
            }
            live.set(new Live(engine(candidate), before.current()));
            return Publication.published(before.current().pack().rulesVersion(), candidate.rulesVersion(), null, tests);
        }
    }

    /**
     * Checks, compiles and tests the pack in {@code dir} in the background, and publishes it when
     * it has no error and passes its examples. The future never fails for a bad pack: the
     * publication says why it was refused.
     */
    public CompletableFuture<Publication> publish(Path dir) {
        return publish(dir, ForkJoinPool.commonPool());
    }

    /** As {@link #publish(Path)}, building the pack on {@code executor}. */
    public CompletableFuture<Publication> publish(Path dir, Executor executor) {
        Objects.requireNonNull(dir, "dir");
        return CompletableFuture.supplyAsync(() -> {
            PackCheck.Checked checked = PackCheck.checkAndLoad(dir);
            if (checked.pack() == null) {
                return Publication.refused(pack().rulesVersion(), checked.check(), null);
            }
            return publish(checked.pack()).withCheck(checked.check());
        }, executor);
    }

    /**
     * Makes the pack before the last publication live again, and returns it; the pack it replaces
     * becomes the one a further rollback returns to.
     *
     * @throws IllegalStateException when no pack was published before
     */
    public Pack rollback() {
        synchronized (publishing) {
            Live before = live.get();
            if (before.previous() == null) {
                throw new IllegalStateException("nothing to roll back to: no pack was published before "
                        + before.current().pack().rulesVersion());
            }
            live.set(new Live(before.previous(), before.current()));
            return before.previous().pack();
        }
    }

    /**
     * Evaluates every request with {@code candidate} too, beside the live pack, and records where
     * the two disagree; the decisions returned stay those of the live pack. Replaces any shadow pack.
     */
    public void shadow(Pack candidate) {
        shadow.set(new Shadow(engine(Objects.requireNonNull(candidate, "candidate"))::evaluate,
                candidate.rulesVersion()));
    }

    /** Stops evaluating with the shadow pack, and returns what it recorded (null when there was none). */
    public ShadowReport stopShadow() {
        Shadow stopped = shadow.getAndSet(null);
        return stopped == null ? null : stopped.report(pack().rulesVersion());
    }

    /** What the shadow pack recorded so far, or null when no pack runs in shadow. */
    public ShadowReport shadowReport() {
        Shadow current = shadow.get();
        return current == null ? null : current.report(pack().rulesVersion());
    }

    private Engine engine(Pack pack) {
        return new Engine(pack, new Decider(pack.compiled(), clock));
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
