package org.motive;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.motive.json.LabelledRequest;
import org.motive.model.Decision;
import org.motive.model.Finding;
import org.motive.model.Severity;
import org.motive.pack.FindingRule;

/**
 * Every labelled example of the built-in pack must be decided as labelled. A failure says what was
 * expected and what came, the signals found, and the signals that the label's {@code why} names but
 * the analysis did not find.
 */
@DisplayName("The examples of the built-in pack")
class ExamplesTest {

    private static final Pattern SIGNAL_NAME = Pattern.compile("[a-z]+\\.[a-z][A-Za-z]*");
    /** language -> [agreed, total] */
    private static final Map<String, AtomicIntegerArray> AGREEMENT = new ConcurrentHashMap<>();

    @TestFactory
    @DisplayName("are decided as labelled")
    Stream<DynamicTest> examples() {
        Pack pack = Pack.builtIn();
        Motive motive = Motive.builder().rules(pack).build();
        Set<String> signals = new LinkedHashSet<>();
        pack.compiled().findings().stream().map(FindingRule::signal).forEach(signals::add);
        return pack.examples().stream().map(example -> DynamicTest.dynamicTest(
                example.request().id() + " is " + example.expected(), () -> check(motive, signals, example)));
    }

    private static void check(Motive motive, Set<String> known, LabelledRequest example) {
        Decision decision = motive.evaluate(example.request());
        String language = example.request().language() == null ? "?" : example.request().language();
        AtomicIntegerArray counts = AGREEMENT.computeIfAbsent(language, l -> new AtomicIntegerArray(2));
        counts.incrementAndGet(1);
        if (decision.verdict() == example.expected()) {
            counts.incrementAndGet(0);
            return;
        }
        List<String> found = new ArrayList<>();
        for (Finding finding : decision.findings()) {
            if (!finding.rule().equals(decision.decidedBy()) && finding.severity() != Severity.WARNING) {
                found.add(finding.rule());
            }
        }
        List<String> notFound = new ArrayList<>();
        for (String name : named(example.why(), known)) {
            if (!found.contains(name)) {
                notFound.add(name);
            }
        }
        fail(example.request().id() + ": expected " + example.expected() + ", got " + decision.verdict()
                + " (" + decision.decidedBy() + ")\n  signals found: " + found
                + "\n  named in 'why' but not found: " + notFound + "\n  why: " + example.why());
    }

    /**
     * The signals a label's {@code why} says are there: its signal names, except those said to be
     * absent ("crm.knownContact false") or not to matter ("length.long ... do not matter").
     */
    static Set<String> named(String why, Set<String> known) {
        Set<String> names = new LinkedHashSet<>();
        if (why == null) {
            return names;
        }
        for (String clause : why.split(";")) {
            if (clause.contains("not matter")) {
                continue;
            }
            Matcher matcher = SIGNAL_NAME.matcher(clause);
            while (matcher.find()) {
                boolean absent = clause.startsWith(" false", matcher.end());
                if (known.contains(matcher.group()) && !absent) {
                    names.add(matcher.group());
                }
            }
        }
        return names;
    }

    @AfterAll
    static void agreement() {
        int agreed = 0;
        int total = 0;
        StringBuilder byLanguage = new StringBuilder();
        for (Map.Entry<String, AtomicIntegerArray> entry : new TreeMap<>(AGREEMENT).entrySet()) {
            agreed += entry.getValue().get(0);
            total += entry.getValue().get(1);
            byLanguage.append(' ').append(entry.getKey()).append(' ').append(entry.getValue().get(0)).append('/')
                    .append(entry.getValue().get(1));
        }
        if (total > 0) {
            System.out.println("Examples decided as labelled: " + agreed + "/" + total + " (" + byLanguage.toString()
                    .strip() + ")");
        }
    }
}
