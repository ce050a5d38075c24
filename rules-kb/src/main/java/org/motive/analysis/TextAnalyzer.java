package org.motive.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.motive.model.ContactRequest;
import org.motive.model.Evidence;
import org.motive.model.Party;

/**
 * Turns a request's message into the signals of the policy, each with the spans that show it.
 * Immutable and thread-safe; build one per pack and share it.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.create(lexicons, AnalysisSettings.DEFAULTS);
 * Analysis a = analyzer.analyze(ContactRequest.of("r1", "We met at Devoxx. Could we talk on Friday?"));
 * a.has("origin.past");   // true
 * }</pre>
 */
public final class TextAnalyzer {

    /** How many tokens around a match a negation or hypothetical cue may stand, within the clause. */
    private static final int CUE_BEFORE = 8;
    private static final int CUE_AFTER = 3;
    private static final int MAX_EVIDENCE = 5;

    private final Map<String, Lexicon> lexicons;
    private final AnalysisSettings settings;
    private final LanguageGuesser guesser;
    private final Lexicon fallback;

    private TextAnalyzer(List<Lexicon> lexiconList, AnalysisSettings settings) {
        Map<String, Lexicon> byLanguage = new LinkedHashMap<>();
        for (Lexicon lexicon : lexiconList) {
            byLanguage.put(lexicon.language(), lexicon);
        }
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one lexicon");
        }
        this.lexicons = Map.copyOf(byLanguage);
        this.settings = settings;
        this.guesser = new LanguageGuesser(byLanguage);
        Lexicon preferred = byLanguage.get(settings.defaultLanguage());
        this.fallback = preferred != null ? preferred : byLanguage.values().iterator().next();
    }

    public static TextAnalyzer create(List<Lexicon> lexicons, AnalysisSettings settings) {
        return new TextAnalyzer(lexicons, settings);
    }

    public Set<String> languages() {
        return lexicons.keySet();
    }

    public Analysis analyze(ContactRequest request) {
        List<Note> notes = new ArrayList<>(2);
        String text = cut(request.message(), notes);
        if (looksBinary(text)) {
            notes.add(new Note("message.binary", "the message holds control characters or undecodable bytes;"
                    + " only its readable words were analysed"));
        }
        Tokens tokens = Tokens.of(text);
        String requested = languageCode(request.language());
        Lexicon lexicon = requested == null ? null : lexicons.get(requested);
        if (lexicon == null) {
            LanguageGuesser.Guess guess = guesser.guess(tokens);
            Lexicon guessed = guess.language() == null ? null : lexicons.get(guess.language());
            if (requested == null) {
                requested = guess.language();
            }
            lexicon = guessed != null ? guessed : fallback;
            if (requested == null) {
                if (tokens.words > 0) {
                    notes.add(new Note("language.undetermined", "the language could not be told; the message was read as "
                            + lexicon.language()));
                }
            } else if (!lexicons.containsKey(requested)) {
                notes.add(new Note("language.unsupported", "the language '" + requested + "' is not in the rules pack ("
                        + String.join(", ", new java.util.TreeSet<>(lexicons.keySet())) + "); the message was read as "
                        + lexicon.language()));
            }
        }
        tokens.breakClausesAt(lexicon.clauseBreaks);
        return read(request, tokens, lexicon, requested, notes);
    }

    private Analysis read(ContactRequest request, Tokens tokens, Lexicon lexicon, String requested, List<Note> notes) {
        List<PhraseIndex.Match> cues = lexicon.cues.match(tokens);
        List<PhraseIndex.Match> all = lexicon.phrases.match(tokens);
        List<PhraseIndex.Match> exceptions = new ArrayList<>(0);
        for (PhraseIndex.Match m : all) {
            if (m.terminal().except()) {
                exceptions.add(m);
            }
        }
        List<PhraseIndex.Match> kept = new ArrayList<>(all.size());
        for (PhraseIndex.Match m : all) {
            if (!m.terminal().except() && accepted(m, exceptions, cues, tokens, lexicon)) {
                kept.add(m);
            }
        }
        // Keyed in the order of Lexicon.SIGNALS, so that signals come out in a stable order.
        @SuppressWarnings("unchecked")
        List<PhraseIndex.Match>[] byIndex = new List[Lexicon.SIGNALS.size()];
        for (PhraseIndex.Match m : kept) {
            int index = m.terminal().signal();
            if (byIndex[index] == null) {
                byIndex[index] = new ArrayList<>(2);
            }
            byIndex[index].add(m);
        }
        Map<String, List<PhraseIndex.Match>> bySignal = new LinkedHashMap<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] != null) {
                bySignal.put(Lexicon.signalName(i), byIndex[i]);
            }
        }
        List<Signal> signals = new ArrayList<>();
        for (Map.Entry<String, List<PhraseIndex.Match>> e : bySignal.entrySet()) {
            String name = e.getKey();
            if (name.equals("courtesy")) {
                continue;
            }
            if (name.equals("profile.recital") && !recitalDominates(e.getValue(), tokens)) {
                continue;
            }
            signals.add(new Signal(name, evidence(e.getValue(), tokens)));
        }
        if (isEmptyOfContent(tokens, bySignal, lexicon, request)) {
            List<Evidence> whole = tokens.size == 0 ? List.of() : List.of(tokens.evidence(0, tokens.size - 1));
            signals.add(new Signal("content.empty", whole));
        }
        return new Analysis(lexicon.language(), requested, register(tokens, lexicon), tokens.words, signals, notes);
    }

    private boolean accepted(PhraseIndex.Match m, List<PhraseIndex.Match> exceptions, List<PhraseIndex.Match> cues,
                             Tokens tokens, Lexicon lexicon) {
        int signal = m.terminal().signal();
        String name = Lexicon.signalName(signal);
        if (name.equals("greeting") && m.first() >= settings.greetingTokens()) {
            return false;
        }
        if (name.equals("signoff") && m.last() < tokens.size - settings.signoffTokens()) {
            return false;
        }
        for (PhraseIndex.Match other : exceptions) {
            if (other.terminal().signal() == signal
                    && other.first() <= m.last() && m.first() <= other.last()) {
                return false;
            }
        }
        if (!lexicon.negatable[signal]) {
            return true;
        }
        boolean origin = name.startsWith("origin.");
        for (PhraseIndex.Match cue : cues) {
            boolean blocks = cue.terminal().signal() == Lexicon.NEGATION
                    || (origin && cue.terminal().signal() == Lexicon.HYPOTHETICAL);
            if (blocks && inScope(cue.first(), m, tokens)) {
                return false;
            }
        }
        return true;
    }

    /** A cue reaches a match when it stands in the match's clause, a little before, inside or just after it. */
    private static boolean inScope(int cue, PhraseIndex.Match m, Tokens tokens) {
        if (cue >= m.first() && cue <= m.last()) {
            return true;
        }
        if (cue < m.first()) {
            return m.first() - cue <= CUE_BEFORE && tokens.clause[cue] == tokens.clause[m.first()];
        }
        return cue - m.last() <= CUE_AFTER && tokens.clause[cue] == tokens.clause[m.last()];
    }

    private boolean recitalDominates(List<PhraseIndex.Match> matches, Tokens tokens) {
        if (tokens.words == 0) {
            return false;
        }
        Set<Integer> sentences = new java.util.HashSet<>();
        for (PhraseIndex.Match m : matches) {
            sentences.add(tokens.sentence[m.first()]);
        }
        int recital = 0;
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.word[i] && sentences.contains(tokens.sentence[i])) {
                recital++;
            }
        }
        return recital > settings.recitalShare() * tokens.words;
    }

    /** True when every word is a greeting, thanks, wishes, a sign-off, a filler word or a name. */
    private static boolean isEmptyOfContent(Tokens tokens, Map<String, List<PhraseIndex.Match>> bySignal, Lexicon lexicon,
                                            ContactRequest request) {
        boolean[] covered = new boolean[tokens.size];
        for (String politeness : List.of("greeting", "signoff", "courtesy")) {
            for (PhraseIndex.Match m : bySignal.getOrDefault(politeness, List.of())) {
                for (int k = m.first(); k <= m.last(); k++) {
                    covered[k] = true;
                }
            }
        }
        Set<String> names = new java.util.HashSet<>();
        for (Party party : new Party[] {request.sender(), request.recipient()}) {
            if (party != null && party.name() != null) {
                names.addAll(Normalizer.normalize(party.name()));
            }
        }
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.word[i] && !covered[i] && !lexicon.filler.contains(tokens.norm[i])
                    && !names.contains(tokens.norm[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<Evidence> evidence(List<PhraseIndex.Match> matches, Tokens tokens) {
        List<PhraseIndex.Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(PhraseIndex.Match::first)
                .thenComparing(Comparator.comparingInt(PhraseIndex.Match::last).reversed()));
        List<Evidence> out = new ArrayList<>();
        int lastEnd = -1;
        for (PhraseIndex.Match m : sorted) {
            if (m.first() > lastEnd) {
                out.add(tokens.evidence(m.first(), m.last()));
                lastEnd = m.last();
                if (out.size() == MAX_EVIDENCE) {
                    break;
                }
            }
        }
        return out;
    }

    private static Register register(Tokens tokens, Lexicon lexicon) {
        int formal = count(tokens, lexicon.formalCues);
        int informal = count(tokens, lexicon.informalCues);
        if (formal > informal) {
            return Register.FORMAL;
        }
        return informal > formal ? Register.INFORMAL : Register.UNKNOWN;
    }

    private static int count(Tokens tokens, Lexicon.Cues cues) {
        int n = 0;
        for (int i = 0; i < tokens.size; i++) {
            // Exact cues are written with a capital ("Sie"): other tokens need not be cut out of the text.
            if (cues.normalized().contains(tokens.norm[i])
                    || (tokens.capital[i] && !cues.exact().isEmpty() && cues.exact().contains(tokens.raw(i)))) {
                n++;
            }
        }
        return n;
    }

    private String cut(String message, List<Note> notes) {
        int max = settings.maxMessageChars();
        if (message.length() <= max) {
            return message;
        }
        int end = max;
        while (end > max - 200 && end > 0 && !Character.isWhitespace(message.charAt(end - 1))) {
            end--;
        }
        if (end <= max - 200 || end == 0) {
            end = max;
        }
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        notes.add(new Note("message.truncated", "the message has " + message.length() + " characters; the first "
                + end + " were analysed"));
        return message.substring(0, end);
    }

    private static boolean looksBinary(String text) {
        int odd = 0;
        int limit = Math.min(text.length(), 10_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                odd++;
            }
        }
        return limit > 0 && odd * 20 > limit;
    }

    private static String languageCode(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return dash > 0 ? code.substring(0, dash) : code;
    }
}
