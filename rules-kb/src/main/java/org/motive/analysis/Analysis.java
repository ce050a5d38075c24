package org.motive.analysis;

import java.util.List;

/**
 * What the text analysis saw in one request: the language it read the message in, the register,
 * the length in words, the signals with their evidence, and notes on what it could not do.
 *
 * @param language          the language of the lexicon used (always one the pack supports)
 * @param requestedLanguage the language the request declared or that was detected, even when the
 *                          pack does not support it; null when unknown
 */
public record Analysis(String language, String requestedLanguage, Register register, int words,
                       List<Signal> signals, List<Note> notes) {

    public Analysis {
        signals = List.copyOf(signals);
        notes = List.copyOf(notes);
    }

    public boolean has(String signal) {
        return signals.stream().anyMatch(s -> s.name().equals(signal));
    }

    public Signal signal(String name) {
        return signals.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
