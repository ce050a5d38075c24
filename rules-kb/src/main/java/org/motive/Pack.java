package org.motive;

import java.nio.file.Path;

/**
 * A rules pack: thresholds, decision tables, lexicons, replies and examples, compiled and ready to
 * decide. {@link #builtIn()} is compiled at build time; {@link #load(Path)} compiles a folder.
 */
public final class Pack {

    private Pack() {
    }

    public static Pack builtIn() {
        throw new IllegalStateException("not wired yet");
    }

    /** Loads and compiles the pack in {@code dir}; every problem is in the exception. */
    public static Pack load(Path dir) throws PackException {
        throw new PackException(java.util.List.of("not wired yet"));
    }
}
