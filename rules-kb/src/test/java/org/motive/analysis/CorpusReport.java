package org.motive.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motive.json.LabelledRequest;
import org.motive.model.ContactRequest;
import org.motive.model.Verdict;

/**
 * A lexicon author's report on a labelled corpus: for each request, the signals found (with
 * evidence) against the signals its {@code why} names, and the verdict the policy gives on them.
 * Usage: {@code CorpusReport CORPUS.jsonl [LANG] [--all]}.
 */
public final class CorpusReport {

    private static final Pattern SIGNAL = Pattern.compile(
            "(origin\\.(?:past|referral|interest|future)|purpose\\.(?:ask|nextStep)|template\\.generic|content\\.empty"
                    + "|request\\.recommendation|pitch\\.mass|profile\\.recital|length\\.long|crm\\.knownContact)");
    private static final Set<String> JUDGED = Set.of("origin.past", "origin.referral", "origin.interest",
            "origin.future", "purpose.ask", "purpose.nextStep", "template.generic", "content.empty",
            "request.recommendation", "pitch.mass", "profile.recital");

    private CorpusReport() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        String only = args.length > 1 && !args[1].startsWith("--") ? args[1] : null;
        boolean all = List.of(args).contains("--all");
        TextAnalyzer analyzer = TestLexicons.builtIn();
        Map<String, int[]> agreement = new TreeMap<>();
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank()) {
                continue;
            }
            LabelledRequest labelled = LabelledRequest.parse(line);
            ContactRequest r = labelled.request();
            if (only != null && !only.equals(r.language())) {
                continue;
            }
            Analysis a = analyzer.analyze(r);
            Set<String> found = found(a, r);
            Verdict verdict = verdict(found, a.words());
            Set<String> named = new TreeSet<>();
            Matcher m = SIGNAL.matcher(labelled.why() == null ? "" : labelled.why());
            while (m.find()) {
                named.add(m.group(1));
            }
            Set<String> missing = new TreeSet<>(named);
            missing.removeAll(found);
            missing.retainAll(JUDGED);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(named);
            extra.retainAll(JUDGED);
            boolean ok = verdict == labelled.expected();
            int[] counts = agreement.computeIfAbsent(String.valueOf(r.language()), k -> new int[2]);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            if (!ok || all || !missing.isEmpty()) {
                System.out.printf("%s %s %s -> %s | missing %s | extra %s%n  why: %s%n  found: %s%n  msg: %s%n%n",
                        ok ? "ok  " : "MISS", r.id(), labelled.expected(), verdict, missing, extra, labelled.why(),
                        a.signals().stream().map(s -> s.name() + s.evidence().stream().map(e -> "«" + e.text() + "»")
                                .collect(Collectors.joining())).collect(Collectors.joining(", ")),
                        r.message().replace('\n', ' '));
            }
        }
        agreement.forEach((lang, c) -> System.out.printf("%s: %d/%d decided as labelled%n", lang, c[0], c[1]));
    }

    /** The signals of the analysis plus those the rules derive from it. */
    static Set<String> found(Analysis a, ContactRequest r) {
        Set<String> found = new TreeSet<>();
        a.signals().forEach(s -> found.add(s.name()));
        if (r.contextOrNone().isKnownContact()) {
            found.add("crm.knownContact");
        }
        if (a.words() > 200) {
            found.add("length.long");
        }
        boolean relationship = found.contains("origin.past") || found.contains("origin.referral")
                || found.contains("crm.knownContact");
        if (found.contains("pitch.commercial") && !relationship) {
            found.add("pitch.mass");
        }
        return found;
    }

    /** The default policy's rows 1 to 8, in plain Java. */
    static Verdict verdict(Set<String> s, int words) {
        boolean origin = s.contains("origin.past") || s.contains("origin.referral") || s.contains("origin.interest")
                || s.contains("origin.future") || s.contains("crm.knownContact");
        boolean purpose = s.contains("purpose.ask") || s.contains("purpose.nextStep");
        boolean relationship = s.contains("origin.past") || s.contains("origin.referral") || s.contains("crm.knownContact");
        if ((s.contains("content.empty") || s.contains("template.generic")) && !origin && !purpose) {
            return Verdict.DECLINE;
        }
        if (s.contains("request.recommendation") && !relationship) {
            return Verdict.DECLINE;
        }
        if (s.contains("pitch.mass")) {
            return Verdict.DECLINE;
        }
        if (!origin && !purpose) {
            return Verdict.DECLINE;
        }
        if (origin && purpose) {
            return s.contains("length.long") || s.contains("profile.recital") ? Verdict.CLARIFY : Verdict.ACCEPT;
        }
        return Verdict.CLARIFY;
    }
}
