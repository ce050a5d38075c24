package org.motive.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on a terminal's stderr: how many requests so far and how fast, redrawn in place
 * at most four times a second so that drawing never costs more than deciding.
 */
final class ProgressLine {

    private static final long REFRESH_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastDrawn;
    private boolean visible;

    ProgressLine(PrintWriter err, boolean enabled, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastDrawn = start;
    }

    static ProgressLine disabled(PrintWriter err) {
        return new ProgressLine(err, false, () -> 0L);
    }

    void update(int count) {
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - lastDrawn < REFRESH_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, "\r%d requests, %.0f/s\u001b[K", count, count / seconds));
        err.flush();
        visible = true;
    }

    /** Erases the line, so that what follows starts on a clean line. */
    void clear() {
        if (visible) {
            err.print("\r\u001b[K");
            err.flush();
            visible = false;
        }
    }
}
