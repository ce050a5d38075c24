package org.motive.analysis;

/** A lexicon that cannot be used: the file, the YAML path ({@code signals.origin.past.phrases[3]}) and why. */
public final class LexiconException extends Exception {

    private final String file;
    private final String path;

    public LexiconException(String file, String path, String message) {
        super(file + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + message);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }
}
