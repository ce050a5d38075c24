package org.motive.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motive.explain.Explanations;
import org.motive.rules.RuleBase;
import org.motive.rules.RuleInfo;
import org.motive.rules.Threshold;

/**
 * A rules pack read, checked and compiled: everything needed to turn the signals of an analysis into
 * an explained decision. Immutable and thread-safe.
 *
 * @param rulesVersion {@code <version>-<7 hex of the pack digest>}
 * @param precompiled  true when the rules were compiled at build time rather than on loading
 */
public record CompiledPack(PackManifest manifest, String rulesVersion, List<FindingRule> findings,
                           List<VerdictRow> verdicts, Explanations explanations, RuleBase rules,
                           boolean precompiled) {

    public CompiledPack {
        findings = List.copyOf(findings);
        verdicts = List.copyOf(verdicts);
    }

    /** The finding rule of a signal, or null when the findings table does not list it. */
    public FindingRule finding(String signal) {
        for (FindingRule rule : findings) {
            if (rule.signal().equals(signal)) {
                return rule;
            }
        }
        return null;
    }

    /** The verdict row of an id, or null. */
    public VerdictRow row(String id) {
        for (VerdictRow row : verdicts) {
            if (row.id().equals(id)) {
                return row;
            }
        }
        return null;
    }

    /**
     * The metadata of the rules by {@code @id}. A derived signal has two rules, the developer's that
     * derives it and the table's that scores it: the title of the first in source order is kept, and
     * the {@code @evidenceFrom} of both.
     */
    public Map<String, RuleInfo> rulesById() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            byId.merge(rule.id(), rule, (first, second) -> {
                List<String> evidence = new ArrayList<>(first.evidenceFrom());
                second.evidenceFrom().stream().filter(s -> !evidence.contains(s)).forEach(evidence::add);
                return new RuleInfo(first.source(), first.id(), first.title(), evidence);
            });
        }
        return byId;
    }

    /** The thresholds of pack.yaml as facts. */
    public List<Threshold> thresholdFacts() {
        return manifest.thresholds().byName().entrySet().stream()
                .map(entry -> new Threshold(entry.getKey(), entry.getValue())).toList();
    }
}
