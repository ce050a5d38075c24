package org.motive.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the phrases of a lexicon in one token trie. Matching walks the trie from every token of the
 * message; a walk never leaves the sentence and never goes deeper than the longest phrase, so the
 * cost is linear in the length of the message.
 */
final class PhraseIndex {

    /** What a phrase stands for: a signal (by index), or an exception to one. */
    record Terminal(int signal, boolean except, String phrase) {
    }

    /** A phrase found in the message, from token {@code first} to token {@code last} inclusive. */
    record Match(Terminal terminal, int first, int last) {
    }

    private static final class Node {
        Map<String, Node> words;
        Prefixes prefixes;
        int[] gapSizes;
        Node[] gapNodes;
        Node name;
        Node num;
        Node question;
        List<Terminal> terminals;

        Node gap(int size) {
            if (gapSizes == null) {
                gapSizes = new int[0];
                gapNodes = new Node[0];
            }
            for (int i = 0; i < gapSizes.length; i++) {
                if (gapSizes[i] == size) {
                    return gapNodes[i];
                }
            }
            gapSizes = java.util.Arrays.copyOf(gapSizes, gapSizes.length + 1);
            gapNodes = java.util.Arrays.copyOf(gapNodes, gapNodes.length + 1);
            gapSizes[gapSizes.length - 1] = size;
            return gapNodes[gapNodes.length - 1] = new Node();
        }
    }

    /** A character trie of the prefixes ({@code rencontr*}) leaving one node. */
    private static final class Prefixes {
        private char[] keys = new char[0];
        private Prefixes[] children = new Prefixes[0];
        Node target;

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
                    p.keys = java.util.Arrays.copyOf(p.keys, p.keys.length + 1);
                    p.children = java.util.Arrays.copyOf(p.children, p.children.length + 1);
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

    void add(List<PhraseSyntax.Step> steps, Terminal terminal) {
        Node node = root;
        for (PhraseSyntax.Step step : steps) {
            node = switch (step.kind()) {
                case WORD -> {
                    if (node.words == null) {
                        node.words = new HashMap<>();
                    }
                    yield node.words.computeIfAbsent(step.text(), k -> new Node());
                }
                case PREFIX -> {
                    if (node.prefixes == null) {
                        node.prefixes = new Prefixes();
                    }
                    Prefixes leaf = node.prefixes.add(step.text());
                    if (leaf.target == null) {
                        leaf.target = new Node();
                    }
                    yield leaf.target;
                }
                case GAP -> node.gap(step.gap());
                case NAME -> node.name == null ? (node.name = new Node()) : node.name;
                case NUM -> node.num == null ? (node.num = new Node()) : node.num;
                case QUESTION -> node.question == null ? (node.question = new Node()) : node.question;
            };
        }
        if (node.terminals == null) {
            node.terminals = new ArrayList<>(1);
        }
        if (!node.terminals.contains(terminal)) {
            node.terminals.add(terminal);
        }
    }

    /** Every match in the tokens, in no particular order (duplicates possible through gaps). */
    List<Match> match(Tokens tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            step(tokens, i, i, root, out);
        }
        return out;
    }

    private void step(Tokens t, int first, int j, Node node, List<Match> out) {
        if (node.terminals != null && j > first) {
            for (Terminal terminal : node.terminals) {
                out.add(new Match(terminal, first, j - 1));
            }
        }
        questionEnd(t, first, j, node, out);
        if (node.gapSizes != null) {
            for (int g = 0; g < node.gapSizes.length; g++) {
                Node afterGap = node.gapNodes[g];
                for (int skip = 0; skip <= node.gapSizes[g]; skip++) {
                    int k = j + skip;
                    questionEnd(t, first, k, afterGap, out);
                    if (k >= t.size || t.sentence[k] != t.sentence[first]) {
                        break;
                    }
                    consume(t, first, k, afterGap, out);
                }
            }
        }
        if (j < t.size && t.sentence[j] == t.sentence[first]) {
            consume(t, first, j, node, out);
        }
    }

    /** Follows a {@code <?>} edge when the token before {@code j} ends a question. */
    private void questionEnd(Tokens t, int first, int j, Node node, List<Match> out) {
        if (node.question != null && j > first && t.questionAfter(j - 1)) {
            List<Terminal> terminals = node.question.terminals;
            if (terminals != null) {
                for (Terminal terminal : terminals) {
                    out.add(new Match(terminal, first, j - 1));
                }
            }
        }
    }

    /** Follows the edges of {@code node} that accept token {@code j}. */
    private void consume(Tokens t, int first, int j, Node node, List<Match> out) {
        String token = t.norm[j];
        if (node.words != null) {
            Node next = node.words.get(token);
            if (next != null) {
                step(t, first, j + 1, next, out);
            }
        }
        if (node.prefixes != null) {
            // Walk the token's characters down the character trie of the prefixes: every prefix
            // of the token that a phrase names is found in one pass, without allocating.
            Prefixes p = node.prefixes;
            for (int k = 0; k < token.length() && p != null; k++) {
                p = p.child(token.charAt(k));
                if (p != null && p.target != null) {
                    step(t, first, j + 1, p.target, out);
                }
            }
        }
        if (node.name != null && t.capital[j] && t.word[j] && !t.firstOfSentence(j) && !notNames.contains(token)) {
            step(t, first, j + 1, node.name, out);
        }
        if (node.num != null && isNumber(token)) {
            step(t, first, j + 1, node.num, out);
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
}
