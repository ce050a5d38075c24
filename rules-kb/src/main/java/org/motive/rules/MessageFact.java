package org.motive.rules;

/**
 * The measures of the message that rules may test: its length in words, the language it was read
 * in ({@code fr}) and the register of the sender ({@code formal}, {@code informal}, {@code unknown}).
 */
public record MessageFact(int words, String language, String register) {
}
