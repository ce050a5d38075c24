package org.motive.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The phrases and cue words of one language, read from {@code lexicons/<lang>.yaml} (with
 * {@code lexicons/common.yaml} merged in). See {@code docs/lexicons.md} for the format.
 */
public final class Lexicon {

    /** The signals a lexicon may fill with phrases. */
    public static final List<String> SIGNALS = List.of("greeting", "signoff", "courtesy", "origin.past",
            "origin.referral", "origin.interest", "origin.future", "purpose.ask", "purpose.nextStep",
            "template.generic", "request.recommendation", "pitch.commercial", "profile.recital");

    private static final Set<String> TOP_KEYS = Set.of("language", "name", "stopwords", "negation", "hypothetical",
            "clauseBreaks", "register", "filler", "signals");
    private static final Set<String> SIGNAL_KEYS = Set.of("phrases", "except", "negatable");
    private static final ObjectMapper JSON = new ObjectMapper();

    static final int NEGATION = -1;
    static final int HYPOTHETICAL = -2;

    private final String language;
    private final String name;
    final Set<String> stopwords;
    final Set<String> clauseBreaks;
    final Set<String> filler;
    final Cues formalCues;
    final Cues informalCues;
    final PhraseIndex phrases;
    final PhraseIndex cues;
    final boolean[] negatable;

    Lexicon(String language, String name, Set<String> stopwords, Set<String> clauseBreaks, Set<String> filler,
            Cues formalCues, Cues informalCues, PhraseIndex phrases, PhraseIndex cues, boolean[] negatable) {
        this.language = language;
        this.name = name;
        this.stopwords = stopwords;
        this.clauseBreaks = clauseBreaks;
        this.filler = filler;
        this.formalCues = formalCues;
        this.informalCues = informalCues;
        this.phrases = phrases;
        this.cues = cues;
        this.negatable = negatable;
    }

    private Lexicon(Builder b) {
        this(b.language, b.name, Set.copyOf(b.stopwords), Set.copyOf(b.clauseBreaks), Set.copyOf(b.filler),
                Cues.of(b.formal), Cues.of(b.informal), b.phrases.freeze(), b.cues.freeze(), b.negatable);
    }

    /**
     * Parses a lexicon file. {@code common} (the bytes of {@code lexicons/common.yaml}, may be
     * null) is merged in: its phrases and filler words count in every language.
     *
     * @throws LexiconException naming the file, the YAML path and what is wrong
     */
    public static Lexicon parse(String fileName, byte[] yaml, byte[] common) throws LexiconException {
        String expected = fileName.substring(fileName.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        Builder builder = new Builder();
        JsonNode root = read(fileName, yaml);
        builder.read(fileName, root, true);
        if (!expected.equals(builder.language)) {
            throw new LexiconException(fileName, "language", "says '" + builder.language
                    + "' but the file is named for '" + expected + "'");
        }
        if (common != null) {
            builder.read("lexicons/common.yaml", read("lexicons/common.yaml", common), false);
        }
        return new Lexicon(builder);
    }

    public String language() {
        return language;
    }

    public String name() {
        return name;
    }

    /**
     * Register cue words: those written with a capital are matched as written ("Sie" is formal,
     * "sie" is "she"), the others on the normalised token.
     */
    record Cues(Set<String> exact, Set<String> normalized) {
        static Cues of(List<String> words) {
            Set<String> exact = new HashSet<>();
            Set<String> normalized = new HashSet<>();
            for (String w : words) {
                if (!Character.isUpperCase(w.codePointAt(0))) {
                    normalized.addAll(Normalizer.normalize(w));
                } else {
                    exact.add(w);
                }
            }
            return new Cues(Set.copyOf(exact), Set.copyOf(normalized));
        }
    }

    static String signalName(int index) {
        return SIGNALS.get(index);
    }

    /**
     * Reads YAML with every plain scalar kept as text: in a word list, {@code no}, {@code on} or
     * {@code 1} are words, not a boolean or a number as YAML 1.1 would have them.
     */
    private static JsonNode read(String file, byte[] yaml) throws LexiconException {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Yaml parser = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextOnly());
        try {
            JsonNode node = JSON.valueToTree(parser.load(new String(yaml, StandardCharsets.UTF_8)));
            if (node == null || !node.isObject()) {
                throw new LexiconException(file, "", "expected a YAML mapping at the top");
            }
            return node;
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            // file:line:column of the problem, and the parser's words for it: "expected ',' or ']'".
            org.yaml.snakeyaml.error.Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? file : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            String context = e.getContext() == null ? "" : " (" + e.getContext().strip() + ")";
            throw new LexiconException(where, "", "not valid YAML: " + String.valueOf(e.getProblem()).strip() + context
                    + "; check the indentation, quotes and brackets there");
        } catch (YAMLException e) {
            throw new LexiconException(file, "", "not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
    }

    /** A YAML resolver that resolves no implicit type: every plain scalar is a string. */
    private static final class TextOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // Deliberately none.
        }
    }

    private static final class Builder {
        String language;
        String name;
        final Set<String> stopwords = new HashSet<>();
        final Set<String> clauseBreaks = new HashSet<>();
        final Set<String> filler = new HashSet<>();
        final List<String> formal = new ArrayList<>();
        final List<String> informal = new ArrayList<>();
        final PhraseIndex phrases = new PhraseIndex(stopwords);
        final PhraseIndex cues = new PhraseIndex(Set.of());
        final boolean[] negatable = new boolean[SIGNALS.size()];
        final Map<String, Boolean> seen = new LinkedHashMap<>();

        Builder() {
            java.util.Arrays.fill(negatable, true);
        }

        void read(String file, JsonNode root, boolean main) throws LexiconException {
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!TOP_KEYS.contains(key)) {
                    throw new LexiconException(file, key, "unknown key; the keys are " + new java.util.TreeSet<>(TOP_KEYS));
                }
            }
            if (main) {
                JsonNode lang = root.get("language");
                if (lang == null || !lang.isTextual() || !lang.asText().matches("[a-z]{2,3}")) {
                    throw new LexiconException(file, "language", "must be an ISO 639-1 code such as fr");
                }
                language = lang.asText();
                name = root.path("name").asText(language);
                words(file, root, "stopwords", stopwords);
                words(file, root, "clauseBreaks", clauseBreaks);
            }
            words(file, root, "filler", filler);
            cues(file, root, "negation", NEGATION);
            cues(file, root, "hypothetical", HYPOTHETICAL);
            JsonNode register = root.get("register");
            if (register != null) {
                for (Iterator<String> it = register.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!key.equals("formal") && !key.equals("informal")) {
                        throw new LexiconException(file, "register." + key, "unknown key; use formal or informal");
                    }
                }
                list(file, register, "formal", "register.formal", formal);
                list(file, register, "informal", "register.informal", informal);
            }
            JsonNode signals = root.get("signals");
            if (signals != null) {
                if (!signals.isObject()) {
                    throw new LexiconException(file, "signals", "expected a mapping of signal names");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = signals.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    signal(file, e.getKey(), e.getValue());
                }
            }
        }

        private void signal(String file, String signal, JsonNode node) throws LexiconException {
            int index = SIGNALS.indexOf(signal);
            String path = "signals." + signal;
            if (index < 0) {
                throw new LexiconException(file, path, "unknown signal; the signals a lexicon can fill are "
                        + String.join(", ", SIGNALS));
            }
            if (!node.isObject()) {
                throw new LexiconException(file, path, "expected a mapping with 'phrases' (and optionally 'except', 'negatable')");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!SIGNAL_KEYS.contains(key)) {
                    throw new LexiconException(file, path + "." + key, "unknown key; use phrases, except or negatable");
                }
            }
            JsonNode negatableNode = node.get("negatable");
            if (negatableNode != null) {
                String value = negatableNode.asText();
                if (!value.equals("true") && !value.equals("false")) {
                    throw new LexiconException(file, path + ".negatable", "must be true or false");
                }
                negatable[index] = Boolean.parseBoolean(value);
            }
            phrases(file, node, "phrases", path, index, false);
            phrases(file, node, "except", path, index, true);
        }

        private void phrases(String file, JsonNode node, String key, String path, int signal, boolean except)
                throws LexiconException {
            JsonNode list = node.get(key);
            if (list == null) {
                return;
            }
            if (!list.isArray()) {
                throw new LexiconException(file, path + "." + key, "expected a list of phrases");
            }
            for (int i = 0; i < list.size(); i++) {
                String where = path + "." + key + "[" + i + "]";
                JsonNode item = list.get(i);
                if (!item.isTextual()) {
                    throw new LexiconException(file, where, "expected a phrase in quotes, found " + item);
                }
                try {
                    phrases.add(PhraseSyntax.parse(item.asText()), new PhraseIndex.Terminal(signal, except, item.asText()));
                } catch (IllegalArgumentException e) {
                    throw new LexiconException(file, where, "'" + item.asText() + "': " + e.getMessage());
                }
            }
        }

        private void cues(String file, JsonNode root, String key, int kind) throws LexiconException {
            List<String> entries = new ArrayList<>();
            list(file, root, key, key, entries);
            for (int i = 0; i < entries.size(); i++) {
                try {
                    cues.add(PhraseSyntax.parse(entries.get(i)), new PhraseIndex.Terminal(kind, false, entries.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new LexiconException(file, key + "[" + i + "]", e.getMessage());
                }
            }
        }

        private void words(String file, JsonNode root, String key, Set<String> into) throws LexiconException {
            List<String> entries = new ArrayList<>();
            list(file, root, key, key, entries);
            for (String entry : entries) {
                into.addAll(Normalizer.normalize(entry));
            }
        }

        private static void list(String file, JsonNode parent, String key, String path, List<String> into)
                throws LexiconException {
            JsonNode list = parent.get(key);
            if (list == null) {
                return;
            }
            if (!list.isArray()) {
                throw new LexiconException(file, path, "expected a list");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw new LexiconException(file, path + "[" + i + "]", "expected a word, found " + item);
                }
                into.add(item.asText());
            }
        }
    }
}
