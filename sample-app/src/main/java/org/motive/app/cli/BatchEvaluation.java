package org.motive.app.cli;

import java.util.List;
import java.util.function.Function;
import org.motive.Motive;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;

/**
 * Decides every request of every source, in order, one at a time: each decision is printed as soon
 * as it is made, and a request that cannot be read or decided is reported with its place and
 * skipped, so one bad line never costs the others their decision.
 */
final class BatchEvaluation {

    private final Function<ContactRequest, Decision> decider;
    private final String language;
    private final DecisionWriter writer;
    private final ProgressLine progress;
    private final Tally tally = new Tally();

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
        for (RequestSource source : sources) {
            if (source.streaming()) {
                source.read(item -> {
                    decide(item);
                    writer.flush();
                });
            } else {
                source.read(this::decide);
            }
        }
        progress.clear();
        writer.finish(tally);
        return tally;
    }

    private void decide(InputItem item) {
        if (item instanceof InputItem.Unreadable unreadable) {
            report(unreadable.problem());
        } else if (item instanceof InputItem.Readable readable) {
            decide(readable);
        }
        progress.update(tally.total());
    }

    private void decide(InputItem.Readable readable) {
        ContactRequest request = language == null ? readable.request() : readable.request().withLanguage(language);
        Decision decision;
        try {
            decision = decider.apply(request);
        } catch (RuntimeException e) {
            // One request that breaks the engine must not stop the batch: report it where it is.
            report(new Problem(readable.source(), readable.line(), request.id(), "$",
                    "could not be decided: " + reason(e)));
            return;
        }
        writer.decision(decision);
        tally.decided(decision.verdict());
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
