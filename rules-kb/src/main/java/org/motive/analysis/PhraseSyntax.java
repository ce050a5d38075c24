package org.motive.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a lexicon phrase ({@code "we [have] (met|ran into) ... at <name>"}) into a small tree of
 * items: words, prefixes ({@code rencontr*}), alternatives ({@code (a|b c)}), optional groups
 * ({@code [a|b]}), bounded gaps ({@code ...}, {@code ..N}), {@code <name>}, {@code <num>} and
 * {@code <?>} (the end of a question). The tree is compiled into a graph whose alternatives join
 * again, so a phrase with many variants stays small; nothing in the syntax can make matching
 * super-linear.
 */
final class PhraseSyntax {

    static final int DEFAULT_GAP = 3;
    static final int MAX_GAP = 8;
    static final int MAX_STEPS = 16;
    static final int MAX_ITEMS = 4096;
    /** What only a regular expression would contain: quantifiers, anchors, escapes, classes. */
    private static final java.util.regex.Pattern REGEX =
            java.util.regex.Pattern.compile("[+{}^$\\\\]|\\.[*+?]|\\(\\?|\\)[*?]");

    /** One element of a phrase. */
    sealed interface Item permits Token, Gap, Group {
    }

    /** A position that consumes one token: a word, a prefix, {@code <name>}, {@code <num>}; or {@code <?>}, which consumes none. */
    record Token(Kind kind, String text) implements Item {
        enum Kind { WORD, PREFIX, NAME, NUM, QUESTION }
    }

    /** From 0 to {@code size} tokens of the same sentence. */
    record Gap(int size) implements Item {
    }

    /** Alternatives; with {@code optional}, nothing at all is an alternative too. */
    record Group(List<List<Item>> alternatives, boolean optional) implements Item {
    }

    private final String source;
    private int pos;
    private int items;

    private PhraseSyntax(String source) {
        this.source = source;
    }

    /** The items of a phrase; an {@link IllegalArgumentException} says what is wrong. */
    static List<Item> parse(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("the phrase is empty");
        }
        java.util.regex.Matcher regex = REGEX.matcher(phrase);
        if (regex.find()) {
            throw new IllegalArgumentException("'" + regex.group() + "' (at character " + (regex.start() + 1)
                    + ") belongs to a regular expression, and a phrase is not one: regular expressions can take"
                    + " exponential time on some messages. Write the words, with 'word*' for any ending, '(a|b)'"
                    + " for alternatives, '[a]' for an optional word and '...' for a gap of a few words");
        }
        PhraseSyntax parser = new PhraseSyntax(phrase);
        List<Item> sequence = parser.sequence(false);
        if (parser.pos < phrase.length()) {
            throw parser.error("unexpected '" + phrase.charAt(parser.pos) + "'");
        }
        validate(sequence);
        return sequence;
    }

    private static void validate(List<Item> sequence) {
        if (minLength(sequence) == 0) {
            throw new IllegalArgumentException("the phrase matches nothing (only optional parts)");
        }
        if (maxLength(sequence) > MAX_STEPS) {
            throw new IllegalArgumentException("the phrase is longer than " + MAX_STEPS + " steps");
        }
        if (canStartWith(sequence, Gap.class) || canEndWith(sequence, Gap.class)) {
            throw new IllegalArgumentException("a gap ('...') must stand between two words");
        }
        if (canStartWithQuestion(sequence)) {
            throw new IllegalArgumentException("'<?>' ends a question: it must follow a word");
        }
        for (int i = 0; i < sequence.size(); i++) {
            boolean last = i == sequence.size() - 1;
            if (containsQuestion(sequence.get(i)) && !(last && sequence.get(i) instanceof Token)) {
                throw new IllegalArgumentException("'<?>' ends a question: nothing may follow it");
            }
        }
    }

    private List<Item> sequence(boolean inGroup) {
        List<Item> result = new ArrayList<>();
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
            result.addAll(item());
            if (++items > MAX_ITEMS) {
                throw new IllegalArgumentException("the phrase has more than " + MAX_ITEMS + " parts; split it");
            }
        }
        return result;
    }

    private List<Item> item() {
        char c = source.charAt(pos);
        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            pos++;
            List<List<Item>> alternatives = new ArrayList<>();
            alternatives.add(sequence(true));
            while (pos < source.length() && source.charAt(pos) == '|') {
                pos++;
                alternatives.add(sequence(true));
            }
            if (pos >= source.length() || source.charAt(pos) != close) {
                throw error("missing '" + close + "'");
            }
            pos++;
            boolean optional = close == ']' || alternatives.stream().anyMatch(List::isEmpty);
            alternatives.removeIf(List::isEmpty);
            if (alternatives.isEmpty()) {
                return List.of();
            }
            return List.of(new Group(List.copyOf(alternatives), optional));
        }
        if (source.startsWith("...", pos)) {
            pos += 3;
            return List.of(new Gap(DEFAULT_GAP));
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
            int gap = Integer.parseInt(source.substring(from, Math.min(pos, from + 3)));
            if (gap < 1 || gap > MAX_GAP) {
                throw error("a gap is from 1 to " + MAX_GAP + " words");
            }
            return List.of(new Gap(gap));
        }
        if (source.startsWith("<name>", pos)) {
            pos += 6;
            return List.of(new Token(Token.Kind.NAME, null));
        }
        if (source.startsWith("<num>", pos)) {
            pos += 5;
            return List.of(new Token(Token.Kind.NUM, null));
        }
        if (source.startsWith("<?>", pos)) {
            pos += 3;
            return List.of(new Token(Token.Kind.QUESTION, null));
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
        List<Item> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            out.add(new Token(prefix && last ? Token.Kind.PREFIX : Token.Kind.WORD, tokens.get(i)));
        }
        return out;
    }

    private static boolean isSyntax(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '<';
    }

    static int minLength(List<Item> sequence) {
        int n = 0;
        for (Item item : sequence) {
            if (item instanceof Token t) {
                n += t.kind() == Token.Kind.QUESTION ? 0 : 1;
            } else if (item instanceof Group g && !g.optional()) {
                n += g.alternatives().stream().mapToInt(PhraseSyntax::minLength).min().orElse(0);
            }
        }
        return n;
    }

    static int maxLength(List<Item> sequence) {
        int n = 0;
        for (Item item : sequence) {
            n += item instanceof Group g ? g.alternatives().stream().mapToInt(PhraseSyntax::maxLength).max().orElse(0) : 1;
        }
        return n;
    }

    private static boolean canStartWith(List<Item> sequence, Class<?> kind) {
        for (Item item : sequence) {
            if (kind.isInstance(item)) {
                return true;
            }
            if (item instanceof Group g) {
                if (g.alternatives().stream().anyMatch(a -> canStartWith(a, kind))) {
                    return true;
                }
                if (!g.optional()) {
                    return false;
                }
                continue;
            }
            return false;
        }
        return false;
    }

    private static boolean canEndWith(List<Item> sequence, Class<?> kind) {
        return canStartWith(reversed(sequence), kind);
    }

    private static List<Item> reversed(List<Item> sequence) {
        List<Item> out = new ArrayList<>(sequence.size());
        for (int i = sequence.size() - 1; i >= 0; i--) {
            Item item = sequence.get(i);
            if (item instanceof Group g) {
                out.add(new Group(g.alternatives().stream().map(PhraseSyntax::reversed).toList(), g.optional()));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean canStartWithQuestion(List<Item> sequence) {
        for (Item item : sequence) {
            if (item instanceof Token t) {
                return t.kind() == Token.Kind.QUESTION;
            }
            if (item instanceof Group g) {
                if (g.alternatives().stream().anyMatch(PhraseSyntax::canStartWithQuestion)) {
                    return true;
                }
                if (!g.optional()) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean containsQuestion(Item item) {
        if (item instanceof Token t) {
            return t.kind() == Token.Kind.QUESTION;
        }
        return item instanceof Group g && g.alternatives().stream().anyMatch(a -> a.stream().anyMatch(PhraseSyntax::containsQuestion));
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
