package org.motive.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.motive.json.InputException;
import org.motive.json.LabelledRequest;
import org.motive.model.ContactRequest;

/**
 * The labelled requests that the built-in pack ships as its own examples, in file order: the mix
 * of languages, lengths and verdicts that every benchmark decides. Reading the pack's copy keeps
 * the benchmarks on the same requests as the pack's tests.
 *
 * <pre>{@code
 * List<ContactRequest> mix = CorpusMix.requests();
 * }</pre>
 */
public final class CorpusMix {

    /** Where the built-in pack keeps its examples on the class path. */
    public static final String RESOURCE = "motive/pack/examples/dev.jsonl";

    private CorpusMix() {
    }

    public static List<LabelledRequest> labelled() {
        InputStream in = CorpusMix.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no " + RESOURCE + " on the class path: the built-in pack ships it");
        }
        List<LabelledRequest> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(LabelledRequest.parse(line));
                } catch (InputException e) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no request");
        }
        return List.copyOf(out);
    }

    public static List<ContactRequest> requests() {
        return labelled().stream().map(LabelledRequest::request).toList();
    }
}
