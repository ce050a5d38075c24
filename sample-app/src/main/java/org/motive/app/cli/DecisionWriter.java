package org.motive.app.cli;

import org.motive.model.Decision;

/** Prints decisions and problems as they come, then the closing summary. */
interface DecisionWriter {

    void decision(Decision decision);

    void problem(Problem problem);

    void finish(Tally tally);
}
