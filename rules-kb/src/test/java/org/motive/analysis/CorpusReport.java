package org.motive.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motive.Motive;
import org.motive.json.LabelledRequest;

import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Verdict;

/**
 * A lexicon author's report on a labelled corpus: for each request, the findings of the built-in
 * pack (with evidence) against the signals its {@code why} names, and the verdict.
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
        Motive motive = Motive.builder().build();
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
            Decision d = motive.evaluate(r);
            Set<String> found = new TreeSet<>();
            d.findings().forEach(f -> found.add(f.rule()));
            Verdict verdict = d.verdict();
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
                        d.findings().stream().map(f -> f.rule() + f.evidence().stream().map(e -> "«" + e.text() + "»")
                                .collect(Collectors.joining())).collect(Collectors.joining(", ")),
                        r.message().replace('\n', ' '));
            }
        }
        agreement.forEach((lang, c) -> System.out.printf("%s: %d/%d decided as labelled%n", lang, c[0], c[1]));
    }
}
