package org.motive.analysis;

import java.util.Arrays;
import org.motive.model.Evidence;

/**
 * A message cut into tokens, with, for each token, its normalised form, its offsets, whether it
 * starts with a capital, and the sentence and clause it belongs to. Punctuation between tokens
 * separates sentences ({@code . ! ? ;} and line breaks) and clauses ({@code , : ( ) "} ...).
 */
final class Tokens {

    final String text;
    int size;
    String[] norm = new String[32];
    int[] start = new int[32];
    int[] end = new int[32];
    int[] sentence = new int[32];
    int[] clause = new int[32];
    boolean[] word = new boolean[32];
    boolean[] capital = new boolean[32];
    byte[] separator = new byte[32];
    int words;

    private Tokens(String text) {
        this.text = text;
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int[] sentenceNo = {0};
        Normalizer.tokenize(text, (normalized, s, e, isWord) -> {
            int i = t.size;
            t.grow();
            int gap = i == 0 ? 0 : separatorBetween(text, t.end[i - 1], s);
            if (gap == 2) {
                sentenceNo[0]++;
            }
            t.separator[i] = (byte) gap;
            t.norm[i] = normalized;
            t.start[i] = s;
            t.end[i] = e;
            t.sentence[i] = sentenceNo[0];
            t.word[i] = isWord;
            t.capital[i] = Character.isUpperCase(text.codePointAt(s));
            if (isWord) {
                t.words++;
            }
            t.size++;
        });
        return t;
    }

    /** Numbers the clauses: punctuation and the language's clause-break words ("but", "mais") start one. */
    void breakClausesAt(java.util.Set<String> clauseBreaks) {
        int clauseNo = 0;
        for (int i = 0; i < size; i++) {
            if (i > 0 && (separator[i] > 0 || clauseBreaks.contains(norm[i]))) {
                clauseNo++;
            }
            clause[i] = clauseNo;
        }
    }

    /** 2 for a sentence break between two tokens, 1 for a clause break, 0 for none. */
    private static int separatorBetween(String text, int from, int to) {
        int found = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            switch (c) {
                case '.', '!', '?', ';', '\n', '\u2026', '\u3002' -> {
                    return 2;
                }
                case ',', ':', '(', ')', '"', '\u00ab', '\u00bb', '\u201c', '\u201d', '\u201e', '\u2013', '\u2014',
                     '[', ']', '/', '|' -> found = 1;
                default -> {
                }
            }
        }
        return found;
    }

    private void grow() {
        if (size == norm.length) {
            int n = size * 2;
            norm = Arrays.copyOf(norm, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            sentence = Arrays.copyOf(sentence, n);
            clause = Arrays.copyOf(clause, n);
            word = Arrays.copyOf(word, n);
            capital = Arrays.copyOf(capital, n);
            separator = Arrays.copyOf(separator, n);
        }
    }

    /** True when a question mark follows token {@code i} before the next token (or the end). */
    boolean questionAfter(int i) {
        int to = i + 1 < size ? start[i + 1] : text.length();
        for (int k = end[i]; k < to; k++) {
            char c = text.charAt(k);
            if (c == '?' || c == '\uFF1F' || c == '\u00BF') {
                return true;
            }
        }
        return false;
    }

    boolean firstOfSentence(int i) {
        return i == 0 || sentence[i - 1] != sentence[i];
    }

    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    Evidence evidence(int from, int to) {
        return Evidence.of(text, start[from], end[to]);
    }
}
