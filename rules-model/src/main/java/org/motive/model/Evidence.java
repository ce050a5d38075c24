package org.motive.model;

/**
 * A span of the request's message that shows a finding. {@code start} and {@code end} are UTF-16
 * offsets (Java {@code String} indices), end exclusive, so {@code message.substring(start, end)}
 * equals {@code text}.
 */
public record Evidence(int start, int end, String text) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    public static Evidence of(String message, int start, int end) {
        return new Evidence(start, end, message.substring(start, end));
    }
}
