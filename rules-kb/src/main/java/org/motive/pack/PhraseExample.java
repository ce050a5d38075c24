package org.motive.pack;

/**
 * One sentence of {@code examples/phrases/<lang>.yaml}: it must give {@code signal} when
 * {@code shouldMatch}, and must not otherwise.
 */
public record PhraseExample(String language, String signal, String sentence, boolean shouldMatch) {
}
