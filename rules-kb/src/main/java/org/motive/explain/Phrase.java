package org.motive.explain;

import org.motive.analysis.Register;

/**
 * A text written for both registers: formal (vous, Sie) and informal (tu, du). In a replies file it is
 * either one text for both, or {@code {formal: ..., informal: ...}}. An unknown register reads formal,
 * the safe choice with a stranger.
 */
public record Phrase(String formal, String informal) {

    public static Phrase both(String text) {
        return new Phrase(text, text);
    }

    public String in(Register register) {
        return register == Register.INFORMAL ? informal : formal;
    }
}
