package org.motive.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    @DisplayName("progress is redrawn in place at most four times a second, with the count and the rate")
    void throttled() {
        ProgressLine progress = new ProgressLine(new PrintWriter(err), true, nanos::get);

        nanos.set(100_000_000L);
        progress.update(10);
        assertThat(err.toString()).isEmpty();
        nanos.set(500_000_000L);
        progress.update(1000);
        nanos.set(600_000_000L);
        progress.update(1200);

        assertThat(err.toString()).isEqualTo("\r1000 requests, 2000/s\u001b[K");
        progress.clear();
        assertThat(err.toString()).endsWith("\r\u001b[K");
    }

    @Test
    @DisplayName("nothing is drawn when stderr is not a terminal")
    void disabled() {
        ProgressLine progress = new ProgressLine(new PrintWriter(err), false, nanos::get);

        nanos.set(10_000_000_000L);
        progress.update(5);
        progress.clear();

        assertThat(err.toString()).isEmpty();
    }
}
