package org.motive.rules;

/**
 * A signal present in a request ({@code origin.past}, {@code pitch.mass}, ...), as the rules see it.
 * The analysis gives most of them; the rules of {@code rules/*.drl} derive the others.
 */
public record SignalFact(String name) {
}
