package org.motive.app.cli;

import java.io.PrintWriter;
import org.motive.json.MotiveJson;
import org.motive.model.Decision;

/** JSON Lines: each decision on stdout, each problem as a JSON object on stderr, nothing else. */
final class JsonDecisionWriter implements DecisionWriter {

    private final PrintWriter out;
    private final PrintWriter err;

    JsonDecisionWriter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void decision(Decision decision) {
        out.println(MotiveJson.write(decision));
    }

    @Override
    public void problem(Problem problem) {
        err.println(problem.toJson());
        err.flush();
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void finish(Tally tally) {
        out.flush();
    }
}
