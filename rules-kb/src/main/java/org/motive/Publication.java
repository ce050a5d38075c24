package org.motive;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of publishing a pack: whether it went live, and the check and the test run that
 * decided it. A refused pack leaves the live one in place.
 *
 * @param previousVersion  the live pack's version before the publication
 * @param candidateVersion the version of the pack offered, or null when it could not even be built
 * @param check            the problems found in the pack's files (null when a built pack was offered)
 * @param tests            the pack's examples run (null when the pack could not be built)
 */
public record Publication(boolean published, String previousVersion, String candidateVersion, PackCheck check,
                          PackTestReport tests) {

    static Publication published(String previous, String candidate, PackCheck check, PackTestReport tests) {
        return new Publication(true, previous, candidate, check, tests);
    }

    static Publication refused(String live, PackCheck check, PackTestReport tests) {
        return new Publication(false, live, tests == null ? null : tests.rulesVersion(), check, tests);
    }

    Publication withCheck(PackCheck packCheck) {
        return new Publication(published, previousVersion, candidateVersion, packCheck, tests);
    }

    /** Why the pack was refused, one line each: its errors, then its failing examples. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (check != null) {
            check.errors().forEach(problem -> reasons.add(problem.toString()));
        }
        if (tests != null) {
            tests.exampleFailures().forEach(f -> reasons.add("example " + f.id() + ": expected " + f.expected()
                    + ", decided " + f.actual() + " by " + f.actualRow()));
            tests.phraseFailures().forEach(f -> reasons.add("phrase example (" + f.language() + ") «" + f.sentence()
                    + "» " + (f.shouldMatch() ? "does not give " : "gives ") + f.signal()));
        }
        return reasons;
    }
}
