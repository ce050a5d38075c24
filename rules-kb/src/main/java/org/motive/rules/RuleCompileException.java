package org.motive.rules;

import java.util.List;

/** Rules that do not compile, with one message per error naming the file and the line. */
public final class RuleCompileException extends Exception {

    private final List<String> errors;

    public RuleCompileException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
