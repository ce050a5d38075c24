package org.motive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.motive.analysis.Analysis;
import org.motive.analysis.Note;
import org.motive.analysis.Register;
import org.motive.analysis.Signal;
import org.motive.explain.Replies;
import org.motive.explain.RowText;
import org.motive.explain.RuleText;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Evidence;
import org.motive.model.Finding;
import org.motive.model.Kind;
import org.motive.model.Party;
import org.motive.model.Severity;
import org.motive.model.SignalSummary;
import org.motive.model.Verdict;
import org.motive.pack.CompiledPack;
import org.motive.pack.FindingRule;
import org.motive.pack.VerdictRow;
import org.motive.rules.ContactFact;
import org.motive.rules.Firing;
import org.motive.rules.MessageFact;
import org.motive.rules.RuleInfo;
import org.motive.rules.SignalFact;
import org.motive.rules.Threshold;

/**
 * Turns the analysis of a request into a decision: the signals go into the rules, and what fired
 * becomes the verdict, the findings with their evidence, the texts in the request's language and
 * the reply draft. Immutable; thread-safe.
 */
final class Decider {

    private final CompiledPack pack;
    private final Clock clock;
    private final List<Threshold> thresholds;
    private final Map<String, FindingRule> findingRules = new HashMap<>();
    private final Map<String, Integer> findingOrder = new HashMap<>();
    private final Map<String, VerdictRow> rows = new HashMap<>();
    private final Map<String, RuleInfo> rulesById;

    Decider(CompiledPack pack, Clock clock) {
        this.pack = pack;
        this.clock = clock;
        this.thresholds = pack.thresholdFacts();
        for (FindingRule rule : pack.findings()) {
            findingRules.put(rule.signal(), rule);
            findingOrder.put(rule.signal(), findingOrder.size());
        }
        pack.verdicts().forEach(row -> rows.put(row.id(), row));
        this.rulesById = pack.rulesById();
    }

    Decision decide(ContactRequest request, Analysis analysis) {
        Map<String, Signal> analysed = new LinkedHashMap<>();
        analysis.signals().forEach(signal -> analysed.putIfAbsent(signal.name(), signal));
        String register = analysis.register() == null ? "unknown" : analysis.register().name().toLowerCase(Locale.ROOT);
        List<Object> facts = new ArrayList<>(analysed.size() + thresholds.size() + 2);
        analysed.keySet().forEach(name -> facts.add(new SignalFact(name)));
        facts.add(new MessageFact(analysis.words(), analysis.language(), register));
        facts.add(ContactFact.of(request.context()));
        facts.addAll(thresholds);

        Firing firing = pack.rules().fire(facts);
        VerdictRow row = firing.row() == null ? null : rows.get(firing.row());
        if (row == null) {
            throw new IllegalStateException("no row of the verdict table matched request " + request.id()
                    + "; the table must end with a row that matches every request");
        }
        Set<String> present = new LinkedHashSet<>(analysed.keySet());
        for (String id : firing.fired()) {
            if (!rows.containsKey(id)) {
                present.add(id);
            }
        }

        Replies texts = pack.explanations().in(analysis.language());
        List<Finding> findings = new ArrayList<>();
        for (String id : firing.fired().stream().distinct().filter(id -> !rows.containsKey(id))
                .sorted((a, b) -> Integer.compare(findingOrder.getOrDefault(a, Integer.MAX_VALUE),
                        findingOrder.getOrDefault(b, Integer.MAX_VALUE))).toList()) {
            FindingRule rule = findingRules.get(id);
            RuleText text = texts.rule(id);
            findings.add(new Finding(id, rule == null ? 0 : rule.points(), rule == null ? Severity.INFO : rule.severity(),
                    text.title(), text.explanation(), evidence(id, analysed)));
        }
        RowText rowText = texts.row(row.id());
        findings.add(new Finding(row.id(), 0, severity(row.verdict()), rowText.title(), rowText.summary(),
                rowEvidence(row, analysed)));
        for (Note note : analysis.notes()) {
            RuleText text = texts.note(note.rule(), note.detail());
            findings.add(new Finding(note.rule(), 0, Severity.WARNING, text.title(), text.explanation(), List.of()));
        }
        double score = findings.stream().mapToDouble(Finding::points).sum();

        String reply = null;
        if (row.verdict() != Verdict.ACCEPT && row.reply() != null) {
            reply = texts.reply(row.reply(), row.missing(), analysis.register() == null ? Register.UNKNOWN
                    : analysis.register(), firstName(request.sender()), firstName(request.recipient()));
        }
        SignalSummary summary = new SignalSummary(present.contains("greeting"), present.contains("signoff"),
                shortNames("origin", present), shortNames("purpose", present), analysis.words(), analysis.language(),
                register);
        ContactRequest decided = request.kind() == null
                ? withKind(request, KindInference.infer(present)) : request;
        return new Decision(request.id(), row.verdict(), row.id(), score, analysis.language(), rowText.summary(),
                rowText.hint(), findings, row.missing(), reply, summary, pack.rulesVersion(), clock.instant(), decided);
    }

    /** The evidence of a signal: its own spans, or those of the signals a derived one is built on. */
    private List<Evidence> evidence(String id, Map<String, Signal> analysed) {
        Signal own = analysed.get(id);
        if (own != null) {
            return own.evidence();
        }
        RuleInfo rule = rulesById.get(id);
        if (rule == null) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        for (String source : rule.evidenceFrom()) {
            Signal signal = analysed.get(source);
            if (signal != null) {
                evidence.addAll(signal.evidence());
            }
        }
        return evidence;
    }

    /** The spans that show what a row required ({@code all of}, {@code any of}), in message order. */
    private List<Evidence> rowEvidence(VerdictRow row, Map<String, Signal> analysed) {
        Set<String> shown = new LinkedHashSet<>();
        for (String item : row.allOf()) {
            shown.addAll(pack.manifest().groups().getOrDefault(item, List.of(item)));
        }
        for (String item : row.anyOf()) {
            shown.addAll(pack.manifest().groups().getOrDefault(item, List.of(item)));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (String signal : shown) {
            for (Evidence span : evidence(signal, analysed)) {
                if (!evidence.contains(span)) {
                    evidence.add(span);
                }
            }
        }
        evidence.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return evidence;
    }

    /** {@code [past, referral]} for the group {@code origin}: the present members, by their last name part. */
    private List<String> shortNames(String group, Set<String> present) {
        List<String> names = new ArrayList<>();
        for (String signal : pack.manifest().group(group)) {
            if (present.contains(signal)) {
                names.add(signal.substring(signal.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    private static Severity severity(Verdict verdict) {
        return switch (verdict) {
            case ACCEPT -> Severity.INFO;
            case CLARIFY -> Severity.MINOR;
            case DECLINE -> Severity.MAJOR;
        };
    }

    private static String firstName(Party party) {
        return party == null ? null : party.firstName();
    }

    private static ContactRequest withKind(ContactRequest r, Kind kind) {
        return new ContactRequest(r.id(), r.channel(), kind, r.language(), r.receivedAt(), r.sender(), r.recipient(),
                r.subject(), r.message(), r.context());
    }
}
