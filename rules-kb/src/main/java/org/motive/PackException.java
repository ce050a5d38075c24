package org.motive;

import java.util.List;

/** A pack that cannot be used, with every problem found, each naming its file and place. */
public final class PackException extends Exception {

    private final List<String> problems;

    public PackException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
