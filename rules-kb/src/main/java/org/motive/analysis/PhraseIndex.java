package org.motive.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the phrases of a lexicon in one graph. Each phrase is compiled into its own small graph
 * whose alternatives join again (so "(a|b) (c|d)" costs four edges, not four copies); the phrases
 * share only the entry node. Matching walks the graph from every token of the message; a walk
 * never leaves the sentence and never goes deeper than the longest phrase, so the cost is linear
 * in the length of the message.
 */
final class PhraseIndex {

    /** What a phrase stands for: a signal (by index), or an exception to one. */
    record Terminal(int signal, boolean except, String phrase) {
    }

    /** A phrase found in the message, from token {@code first} to token {@code last} inclusive. */
    record Match(Terminal terminal, int first, int last) {
    }

    private static final Node[] NONE = new Node[0];

    private static final class Node {
        Map<String, Node[]> words;
        Prefixes prefixes;
        Node[] names = NONE;
        Node[] numbers = NONE;
        Node[] questions = NONE;
        Node[] skips = NONE;
        int[] skipSizes;
        Node[] empty = NONE;
        Terminal[] terminals;
    }

    /** A character trie of the prefixes ({@code rencontr*}) leaving one node. */
    private static final class Prefixes {
        private char[] keys = new char[0];
        private Prefixes[] children = new Prefixes[0];
        Node[] targets = NONE;

        Prefixes child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Prefixes add(String prefix) {
            Prefixes p = this;
            for (int k = 0; k < prefix.length(); k++) {
                char c = prefix.charAt(k);
                Prefixes next = p.child(c);
                if (next == null) {
                    next = new Prefixes();
                    p.keys = Arrays.copyOf(p.keys, p.keys.length + 1);
                    p.children = Arrays.copyOf(p.children, p.children.length + 1);
                    p.keys[p.keys.length - 1] = c;
                    p.children[p.children.length - 1] = next;
                }
                p = next;
            }
            return p;
        }
    }

    private final Node root = new Node();
    private final Set<String> notNames;

    PhraseIndex(Set<String> notNames) {
        this.notNames = notNames;
    }

    void add(List<PhraseSyntax.Item> phrase, Terminal terminal) {
        Node end = new Node();
        end.terminals = new Terminal[] {terminal};
        connect(phrase, root, end);
    }

    /** Links {@code from} to {@code to} through the items of a sequence, with fresh nodes between. */
    private static void connect(List<PhraseSyntax.Item> sequence, Node from, Node to) {
        if (sequence.isEmpty()) {
            from.empty = append(from.empty, to);
            return;
        }
        Node current = from;
        for (int i = 0; i < sequence.size(); i++) {
            Node next = i == sequence.size() - 1 ? to : new Node();
            link(sequence.get(i), current, next);
            current = next;
        }
    }

    private static void link(PhraseSyntax.Item item, Node from, Node to) {
        if (item instanceof PhraseSyntax.Group group) {
            for (List<PhraseSyntax.Item> alternative : group.alternatives()) {
                connect(alternative, from, to);
            }
            if (group.optional()) {
                from.empty = append(from.empty, to);
            }
        } else if (item instanceof PhraseSyntax.Gap gap) {
            from.skips = append(from.skips, to);
            from.skipSizes = from.skipSizes == null ? new int[] {gap.size()}
                    : appendInt(from.skipSizes, gap.size());
        } else {
            PhraseSyntax.Token token = (PhraseSyntax.Token) item;
            switch (token.kind()) {
                case WORD -> {
                    if (from.words == null) {
                        from.words = new HashMap<>(4);
                    }
                    from.words.merge(token.text(), new Node[] {to}, PhraseIndex::concat);
                }
                case PREFIX -> {
                    if (from.prefixes == null) {
                        from.prefixes = new Prefixes();
                    }
                    Prefixes leaf = from.prefixes.add(token.text());
                    leaf.targets = append(leaf.targets, to);
                }
                case NAME -> from.names = append(from.names, to);
                case NUM -> from.numbers = append(from.numbers, to);
                case QUESTION -> from.questions = append(from.questions, to);
            }
        }
    }

    /** Every match in the tokens, in no particular order (duplicates possible). */
    List<Match> match(Tokens tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            step(tokens, i, i, root, out);
        }
        return out;
    }

    /** Arrived at {@code node} with tokens {@code first..j-1} read. */
    private void step(Tokens t, int first, int j, Node node, List<Match> out) {
        if (node.terminals != null && j > first) {
            for (Terminal terminal : node.terminals) {
                out.add(new Match(terminal, first, j - 1));
            }
        }
        for (Node next : node.empty) {
            step(t, first, j, next, out);
        }
        if (node.questions.length > 0 && j > first && t.questionAfter(j - 1)) {
            for (Node next : node.questions) {
                step(t, first, j, next, out);
            }
        }
        for (int g = 0; g < node.skips.length; g++) {
            for (int skip = 0; skip <= node.skipSizes[g]; skip++) {
                int k = j + skip;
                if (skip > 0 && (k - 1 >= t.size || t.sentence[k - 1] != t.sentence[first])) {
                    break;
                }
                step(t, first, k, node.skips[g], out);
            }
        }
        consume(t, first, j, node, out);
    }

    /** Follows the edges of {@code node} that accept token {@code j}. */
    private void consume(Tokens t, int first, int j, Node node, List<Match> out) {
        if (j >= t.size || t.sentence[j] != t.sentence[first]) {
            return;
        }
        String token = t.norm[j];
        if (node.words != null) {
            Node[] next = node.words.get(token);
            if (next != null) {
                for (Node n : next) {
                    step(t, first, j + 1, n, out);
                }
            }
        }
        if (node.prefixes != null) {
            // Walk the token's characters down the character trie of the prefixes: every prefix
            // of the token that a phrase names is found in one pass, without allocating.
            Prefixes p = node.prefixes;
            for (int k = 0; k < token.length() && p != null; k++) {
                p = p.child(token.charAt(k));
                if (p != null) {
                    for (Node n : p.targets) {
                        step(t, first, j + 1, n, out);
                    }
                }
            }
        }
        if (node.names.length > 0 && t.capital[j] && t.word[j] && !t.firstOfSentence(j) && !notNames.contains(token)) {
            for (Node n : node.names) {
                step(t, first, j + 1, n, out);
            }
        }
        if (node.numbers.length > 0 && isNumber(token)) {
            for (Node n : node.numbers) {
                step(t, first, j + 1, n, out);
            }
        }
    }

    private static boolean isNumber(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    private static Node[] append(Node[] nodes, Node node) {
        Node[] out = Arrays.copyOf(nodes, nodes.length + 1);
        out[nodes.length] = node;
        return out;
    }

    private static int[] appendInt(int[] values, int value) {
        int[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }

    private static Node[] concat(Node[] a, Node[] b) {
        Node[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
