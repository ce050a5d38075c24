package org.motive;

/**
 * One problem of a rules pack: where it is ({@code tables/verdicts.csv!C7},
 * {@code lexicons/de.yaml at signals.origin.past.phrases[3]}, {@code rules/extra.drl:12:5}), how
 * serious, and what is wrong and how to fix it, in plain words.
 */
public record PackProblem(Level level, String place, String message) {

    /** An error makes the pack unusable; a warning points at something that is probably a mistake. */
    public enum Level { ERROR, WARNING }

    /** A problem as the pack loader words it: {@code "<place>: <message>"}. */
    static PackProblem of(Level level, String problem) {
        int colon = problem.indexOf(": ");
        return colon < 0 ? new PackProblem(level, "", problem)
                : new PackProblem(level, problem.substring(0, colon), problem.substring(colon + 2));
    }

    /** {@code "<place>: <message>"}, as {@link PackException#problems()} words it. */
    public String text() {
        return place.isEmpty() ? message : place + ": " + message;
    }

    @Override
    public String toString() {
        String what = (level == Level.ERROR ? "error: " : "warning: ") + message;
        return place.isEmpty() ? what : place + ": " + what;
    }
}
