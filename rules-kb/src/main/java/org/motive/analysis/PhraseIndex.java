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
        Map<String, Node> prefixes;
        int minPrefix = Integer.MAX_VALUE;
        int maxPrefix;
        Map<Integer, Node> gaps;
        Node name;
        Node num;
        List<Terminal> terminals;
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
                        node.prefixes = new HashMap<>();
                    }
                    node.minPrefix = Math.min(node.minPrefix, step.text().length());
                    node.maxPrefix = Math.max(node.maxPrefix, step.text().length());
                    yield node.prefixes.computeIfAbsent(step.text(), k -> new Node());
                }
                case GAP -> {
                    if (node.gaps == null) {
                        node.gaps = new HashMap<>();
                    }
                    yield node.gaps.computeIfAbsent(step.gap(), k -> new Node());
                }
                case NAME -> node.name == null ? (node.name = new Node()) : node.name;
                case NUM -> node.num == null ? (node.num = new Node()) : node.num;
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
        if (j >= t.size || t.sentence[j] != t.sentence[first]) {
            return;
        }
        if (node.gaps != null) {
            for (Map.Entry<Integer, Node> gap : node.gaps.entrySet()) {
                for (int skip = 0; skip <= gap.getKey(); skip++) {
                    int k = j + skip;
                    if (k >= t.size || t.sentence[k] != t.sentence[first]) {
                        break;
                    }
                    consume(t, first, k, gap.getValue(), out);
                }
            }
        }
        consume(t, first, j, node, out);
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
            int max = Math.min(node.maxPrefix, token.length());
            for (int len = node.minPrefix; len <= max; len++) {
                Node next = node.prefixes.get(token.substring(0, len));
                if (next != null) {
                    step(t, first, j + 1, next, out);
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
