package org.motive.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.motive.model.ContactRequest;

/**
 * Builds messages of a chosen size in UTF-8 bytes out of real corpus sentences of one language, so
 * that a longer message reads like a longer request (greetings, meetings, asks, CV lines) rather
 * than one word repeated. Sentences are taken in corpus order and reused from the start when the
 * corpus runs out; the last sentence is cut at a word so the size is met to within one word.
 *
 * <pre>{@code
 * String tenKilobytes = GrowingMessages.from(CorpusMix.requests(), "en").message(10_000);
 * }</pre>
 */
public final class GrowingMessages {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String language;
    private final List<String> sentences;

    private GrowingMessages(String language, List<String> sentences) {
        this.language = language;
        this.sentences = sentences;
    }

    /** The distinct sentences of the requests declared in {@code language}, in corpus order. */
    public static GrowingMessages from(List<ContactRequest> corpus, String language) {
        Set<String> distinct = new LinkedHashSet<>();
        for (ContactRequest request : corpus) {
            if (!language.equals(request.language())) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(request.message())) {
                String text = sentence.strip();
                if (!text.isEmpty()) {
                    distinct.add(text);
                }
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no sentence in language '" + language + "'");
        }
        return new GrowingMessages(language, List.copyOf(distinct));
    }

    public String language() {
        return language;
    }

    /** A message of at most {@code bytes} UTF-8 bytes and within one word of it. */
    public String message(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("a message needs at least 1 byte, asked for " + bytes);
        }
        StringBuilder out = new StringBuilder(bytes);
        int size = 0;
        for (int i = 0; ; i++) {
            String sentence = sentences.get(i % sentences.size());
            int needed = utf8Length(sentence) + (size == 0 ? 0 : 1);
            if (size + needed <= bytes) {
                size += append(out, sentence);
                continue;
            }
            for (String word : SPACE.split(sentence)) {
                int wordSize = utf8Length(word) + (size == 0 ? 0 : 1);
                if (size + wordSize > bytes) {
                    break;
                }
                size += append(out, word);
            }
            return out.toString();
        }
    }

    /** A request like the corpus's own: the language declared, the message of the given size. */
    public ContactRequest request(String id, int bytes) {
        ContactRequest plain = ContactRequest.of(id, message(bytes));
        return plain.withLanguage(language);
    }

    private static int append(StringBuilder out, String text) {
        int added = utf8Length(text);
        if (out.length() > 0) {
            out.append(' ');
            added++;
        }
        out.append(text);
        return added;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
