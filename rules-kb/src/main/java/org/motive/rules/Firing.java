package org.motive.rules;

import java.util.List;

/**
 * What the rules did with one request: the {@code @id} of every rule that fired, in firing order,
 * and the verdict row that matched first (null when no row matched).
 */
public record Firing(List<String> fired, String row) {

    public Firing {
        fired = List.copyOf(fired);
    }
}
