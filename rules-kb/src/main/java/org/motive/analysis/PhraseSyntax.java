package org.motive.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a lexicon phrase ({@code "we [have] (met|ran into) ... at <name>"}) into the finite set of
 * token-step sequences it stands for. The syntax has words, prefixes ({@code rencontr*}),
 * alternatives ({@code (a|b c)}), optional groups ({@code [a|b]}), bounded gaps ({@code ...},
 * {@code ..N}), {@code <name>}, {@code <num>} and {@code <?>} (the end of a question); nothing in it can make matching super-linear.
 */
final class PhraseSyntax {

    static final int DEFAULT_GAP = 3;
    static final int MAX_GAP = 8;
    static final int MAX_EXPANSIONS = 2048;
    static final int MAX_STEPS = 16;

    /** One position of a sequence. */
    record Step(Kind kind, String text, int gap) {
        enum Kind { WORD, PREFIX, GAP, NAME, NUM, QUESTION }

        static Step word(String w) {
            return new Step(Kind.WORD, w, 0);
        }
    }

    private final String source;
    private int pos;

    private PhraseSyntax(String source) {
        this.source = source;
    }

    /** The step sequences of a phrase; an {@link IllegalArgumentException} says what is wrong. */
    static List<List<Step>> expand(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("the phrase is empty");
        }
        PhraseSyntax parser = new PhraseSyntax(phrase);
        List<List<Step>> sequences = parser.sequence(false);
        if (parser.pos < phrase.length()) {
            throw parser.error("unexpected '" + phrase.charAt(parser.pos) + "'");
        }
        List<List<Step>> out = new ArrayList<>(sequences.size());
        for (List<Step> seq : sequences) {
            List<Step> merged = mergeGaps(seq);
            if (merged.isEmpty()) {
                continue;
            }
            if (merged.get(0).kind() == Step.Kind.GAP || merged.get(merged.size() - 1).kind() == Step.Kind.GAP) {
                throw new IllegalArgumentException("a gap ('...') must stand between two words");
            }
            if (merged.get(0).kind() == Step.Kind.QUESTION) {
                throw new IllegalArgumentException("'<?>' ends a question: it must follow a word");
            }
            for (int i = 1; i < merged.size(); i++) {
                if (merged.get(i).kind() == Step.Kind.QUESTION && i + 1 < merged.size()) {
                    throw new IllegalArgumentException("'<?>' ends a question: nothing may follow it");
                }
            }
            if (merged.size() > MAX_STEPS) {
                throw new IllegalArgumentException("the phrase is longer than " + MAX_STEPS + " steps");
            }
            out.add(merged);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the phrase matches nothing (only optional parts)");
        }
        return out;
    }

    private List<List<Step>> sequence(boolean inGroup) {
        List<List<Step>> result = new ArrayList<>();
        result.add(new ArrayList<>());
        while (true) {
            skipSpaces();
            if (pos >= source.length()) {
                break;
            }
            char c = source.charAt(pos);
            if (c == '|' || c == ')' || c == ']') {
                if (!inGroup) {
                    throw error("'" + c + "' outside of a group");
                }
                break;
            }
            List<List<Step>> item = item();
            result = product(result, item);
        }
        return result;
    }

    private List<List<Step>> item() {
        char c = source.charAt(pos);
        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            pos++;
            List<List<Step>> alternatives = new ArrayList<>(sequence(true));
            while (pos < source.length() && source.charAt(pos) == '|') {
                pos++;
                alternatives.addAll(sequence(true));
            }
            if (pos >= source.length() || source.charAt(pos) != close) {
                throw error("missing '" + close + "'");
            }
            pos++;
            if (close == ']') {
                alternatives.add(new ArrayList<>());
            }
            return alternatives;
        }
        if (source.startsWith("...", pos)) {
            pos += 3;
            return single(new Step(Step.Kind.GAP, null, DEFAULT_GAP));
        }
        if (source.startsWith("..", pos)) {
            pos += 2;
            int from = pos;
            while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                pos++;
            }
            if (from == pos) {
                throw error("'..' must be followed by a number of words, as in '..4'");
            }
            int gap = Integer.parseInt(source.substring(from, pos));
            if (gap < 1 || gap > MAX_GAP) {
                throw error("a gap is from 1 to " + MAX_GAP + " words");
            }
            return single(new Step(Step.Kind.GAP, null, gap));
        }
        if (source.startsWith("<name>", pos)) {
            pos += 6;
            return single(new Step(Step.Kind.NAME, null, 0));
        }
        if (source.startsWith("<num>", pos)) {
            pos += 5;
            return single(new Step(Step.Kind.NUM, null, 0));
        }
        if (source.startsWith("<?>", pos)) {
            pos += 3;
            return single(new Step(Step.Kind.QUESTION, null, 0));
        }
        if (c == '<') {
            throw error("unknown placeholder: only <name>, <num> and <?> exist");
        }
        int from = pos;
        while (pos < source.length() && !isSyntax(source.charAt(pos))) {
            pos++;
        }
        String word = source.substring(from, pos);
        boolean prefix = word.endsWith("*");
        String body = prefix ? word.substring(0, word.length() - 1) : word;
        if (body.indexOf('*') >= 0) {
            throw error("'*' may only end a word, as in 'rencontr*'");
        }
        List<String> tokens = Normalizer.normalize(body);
        if (tokens.isEmpty()) {
            throw error("'" + word + "' has no letters or digits");
        }
        List<Step> steps = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            steps.add(prefix && last ? new Step(Step.Kind.PREFIX, tokens.get(i), 0) : Step.word(tokens.get(i)));
        }
        List<List<Step>> one = new ArrayList<>();
        one.add(steps);
        return one;
    }

    private static boolean isSyntax(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '<';
    }

    private static List<List<Step>> single(Step step) {
        List<List<Step>> one = new ArrayList<>();
        one.add(List.of(step));
        return one;
    }

    private List<List<Step>> product(List<List<Step>> left, List<List<Step>> right) {
        if ((long) left.size() * right.size() > MAX_EXPANSIONS) {
            throw new IllegalArgumentException("the phrase has more than " + MAX_EXPANSIONS
                    + " variants; split it into several phrases");
        }
        List<List<Step>> out = new ArrayList<>(left.size() * right.size());
        for (List<Step> l : left) {
            for (List<Step> r : right) {
                List<Step> joined = new ArrayList<>(l.size() + r.size());
                joined.addAll(l);
                joined.addAll(r);
                out.add(joined);
            }
        }
        return out;
    }

    private static List<Step> mergeGaps(List<Step> seq) {
        List<Step> out = new ArrayList<>(seq.size());
        for (Step s : seq) {
            if (s.kind() == Step.Kind.GAP && !out.isEmpty() && out.get(out.size() - 1).kind() == Step.Kind.GAP) {
                Step prev = out.remove(out.size() - 1);
                out.add(new Step(Step.Kind.GAP, null, Math.min(MAX_GAP, prev.gap() + s.gap())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " (at character " + (pos + 1) + ")");
    }
}
