package org.motive.app.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.motive.Motive;
import org.motive.model.Decision;
import org.motive.model.Finding;
import org.motive.model.Verdict;

/**
 * How two rules packs decide the same corpus differently: the requests whose verdict changed, those
 * decided by another row with the same verdict, how often each rule fired before and after, and
 * (for labelled requests) how many were decided as labelled. It is what a business user reads
 * before publishing a changed pack, and it is printed as text or as one JSON document.
 *
 * <pre>{@code
 * PackDiff diff = PackDiff.of(new Side("built-in", oldPack.rulesVersion()), oldMotive,
 *         new Side("my-pack", newPack.rulesVersion()), newMotive, CorpusReader.read(corpus).entries());
 * }</pre>
 */
record PackDiff(Side old, @JsonProperty("new") Side current, int requests, List<Change> verdictChanges, List<Change> rowChanges,
                List<Hits> hits, Agreement agreement) {

    /** A pack as the user named it ({@code built-in} or a folder) and the version of its rules. */
    record Side(String pack, String rulesVersion) {
    }

    /**
     * One request decided differently. {@code onlyOld} and {@code onlyNew} are the finding rule ids
     * present in one decision and not in the other: the rules that made the difference.
     */
    record Change(String id, int line, Verdict oldVerdict, Verdict newVerdict, String oldRow, String newRow,
                  List<String> onlyOld, List<String> onlyNew) {
    }

    /** How many requests a rule fired on: {@code kind} is {@code finding} or {@code row} (the row that decided). */
    record Hits(String rule, String kind, int before, int after) {

        boolean changed() {
            return before != after;
        }
    }

    /** Of the {@code labelled} requests (those with {@code expected}), how many got their label before and after. */
    record Agreement(int labelled, int before, int after) {

        @JsonProperty
        double beforePercent() {
            return percent(before);
        }

        @JsonProperty
        double afterPercent() {
            return percent(after);
        }

        private double percent(int count) {
            return labelled == 0 ? 0 : Math.round(count * 1000.0 / labelled) / 10.0;
        }
    }

    static PackDiff of(Side old, Motive oldMotive, Side current, Motive newMotive, List<CorpusReader.Entry> entries) {
        List<Change> verdictChanges = new ArrayList<>();
        List<Change> rowChanges = new ArrayList<>();
        Map<String, int[]> findingHits = new TreeMap<>();
        Map<String, int[]> rowHits = new TreeMap<>();
        int labelled = 0;
        int agreedBefore = 0;
        int agreedAfter = 0;
        for (CorpusReader.Entry entry : entries) {
            Decision before = oldMotive.evaluate(entry.request());
            Decision after = newMotive.evaluate(entry.request());
            count(findingHits, rowHits, before, 0);
            count(findingHits, rowHits, after, 1);
            if (before.verdict() != after.verdict()) {
                verdictChanges.add(change(entry, before, after));
            } else if (!before.decidedBy().equals(after.decidedBy())) {
                rowChanges.add(change(entry, before, after));
            }
            if (entry.expected() != null) {
                labelled++;
                agreedBefore += before.verdict() == entry.expected() ? 1 : 0;
                agreedAfter += after.verdict() == entry.expected() ? 1 : 0;
            }
        }
        List<Hits> hits = new ArrayList<>();
        findingHits.forEach((rule, counts) -> hits.add(new Hits(rule, "finding", counts[0], counts[1])));
        rowHits.forEach((rule, counts) -> hits.add(new Hits(rule, "row", counts[0], counts[1])));
        // What changed is what the reader came for; the stable rules follow for reference.
        hits.sort(Comparator.comparing((Hits h) -> !h.changed())
                .thenComparing(h -> -Math.abs(h.after() - h.before()))
                .thenComparing(Hits::kind)
                .thenComparing(Hits::rule));
        Agreement agreement = labelled == 0 ? null : new Agreement(labelled, agreedBefore, agreedAfter);
        return new PackDiff(old, current, entries.size(), List.copyOf(verdictChanges), List.copyOf(rowChanges),
                List.copyOf(hits), agreement);
    }

    private static void count(Map<String, int[]> findingHits, Map<String, int[]> rowHits, Decision decision, int side) {
        for (String rule : rules(decision)) {
            findingHits.computeIfAbsent(rule, r -> new int[2])[side]++;
        }
        rowHits.computeIfAbsent(decision.decidedBy(), r -> new int[2])[side]++;
    }

    /** The finding rule ids of a decision, without the row that decided: that one is counted as a row. */
    private static Set<String> rules(Decision decision) {
        Set<String> rules = new LinkedHashSet<>();
        for (Finding finding : decision.findings()) {
            rules.add(finding.rule());
        }
        rules.remove(decision.decidedBy());
        return rules;
    }

    private static Change change(CorpusReader.Entry entry, Decision before, Decision after) {
        Set<String> onlyOld = rules(before);
        onlyOld.removeAll(rules(after));
        Set<String> onlyNew = rules(after);
        onlyNew.removeAll(rules(before));
        return new Change(entry.request().id(), entry.line(), before.verdict(), after.verdict(),
                before.decidedBy(), after.decidedBy(), List.copyOf(onlyOld), List.copyOf(onlyNew));
    }
}
