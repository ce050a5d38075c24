package org.motive.app.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.motive.Motive;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/**
 * Decides every request of every source on every core, and prints the decisions in input order;
 * a request that cannot be read or decided is reported with its place and skipped, so one bad line
 * never costs the others their decision.
 */
final class BatchEvaluation {

    private final Function<ContactRequest, Decision> decider;
    private final String language;
    private final DecisionWriter writer;
    private final ProgressLine progress;
    private final Tally tally = new Tally();
    private final Deque<CompletableFuture<Outcome>> pending = new ArrayDeque<>();

    /** Threads that decide: every core, since reading a request costs far less than deciding it. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();
    /** Requests decided ahead of the one being written. */
    private static final int WINDOW = 256;

    /** {@code language} overrides every request's language when not null. */
    BatchEvaluation(Motive motive, String language, DecisionWriter writer, ProgressLine progress) {
        this(motive::evaluate, language, writer, progress);
    }

    /** Decides with {@code decider}, {@link Motive#evaluate} or a wrapper around it. */
    BatchEvaluation(Function<ContactRequest, Decision> decider, String language, DecisionWriter writer,
                    ProgressLine progress) {
        this.decider = decider;
        this.language = language;
        this.writer = writer;
        this.progress = progress;
    }

    Tally run(List<RequestSource> sources) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
            Thread thread = new Thread(task, "motive-evaluate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (RequestSource source : sources) {
                if (source.streaming()) {
                    // Items may arrive slowly from a pipe: each decision goes out as soon as it is made.
                    source.read(item -> {
                        write(CompletableFuture.completedFuture(outcome(item)));
                        writer.flush();
                    });
                } else {
                    source.read(item -> submit(item, workers));
                }
                while (!pending.isEmpty()) {
                    write(pending.removeFirst());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        progress.clear();
        writer.finish(tally);
        return tally;
    }

    /**
     * Decides on the workers while the source reads on, and writes the outcomes in input order from
     * this thread only: at most {@link #WINDOW} requests are in flight.
     */
    private void submit(InputItem item, ExecutorService workers) {
        pending.addLast(item instanceof InputItem.Readable || item instanceof InputItem.Deferred
                ? CompletableFuture.supplyAsync(() -> outcome(item), workers)
                : CompletableFuture.completedFuture(outcome(item)));
        while (pending.size() > WINDOW || (!pending.isEmpty() && pending.peekFirst().isDone())) {
            write(pending.removeFirst());
        }
    }

    /** What became of one item: a decision, or a problem with its place. */
    private record Outcome(Decision decision, Problem problem) {
    }

    private Outcome outcome(InputItem item) {
        if (item instanceof InputItem.Deferred deferred) {
            return outcome(deferred.read().get());
        }
        if (item instanceof InputItem.Unreadable unreadable) {
            return new Outcome(null, unreadable.problem());
        }
        InputItem.Readable readable = (InputItem.Readable) item;
        ContactRequest request = language == null ? readable.request() : readable.request().withLanguage(language);
        try {
            return new Outcome(decider.apply(request), null);
        } catch (RuntimeException e) {
            // One request that breaks the engine must not stop the batch: report it where it is.
            return new Outcome(null, new Problem(readable.source(), readable.line(), request.id(), "$",
                    "could not be decided: " + reason(e)));
        }
    }

    private void write(CompletableFuture<Outcome> next) {
        Outcome outcome = next.join();
        if (outcome.decision() != null) {
            writer.decision(outcome.decision());
            tally.decided(outcome.decision().verdict());
        } else {
            report(outcome.problem());
        }
        progress.update(tally.total());
    }

    private void report(Problem problem) {
        progress.clear();
        writer.problem(problem);
        tally.failed();
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
