package org.motive.app.cli;

import org.motive.model.Decision;

/** Prints decisions and problems as they come, then the closing summary. */
interface DecisionWriter {

    void decision(Decision decision);

    void problem(Problem problem);

    /** Sends what was printed so far on its way, for a reader at the other end of a pipe. */
    void flush();

    void finish(Tally tally);
}
