package org.motive;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.motive.analysis.Analysis;
import org.motive.analysis.Note;
import org.motive.analysis.Register;
import org.motive.analysis.Signal;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.CrmContext;
import org.motive.model.Evidence;
import org.motive.model.Party;
import org.motive.pack.CompiledPack;
import org.motive.pack.PackLoader;

/**
 * The built-in pack's rules without its lexicons, and analyses built by hand, so that the rules are
 * tested on exactly the signals a test names.
 */
final class BuiltInRules {

    static final Instant NOW = Instant.parse("2026-11-20T09:15:01Z");
    static final CompiledPack PACK = load();
    static final Decider DECIDER = new Decider(PACK, Clock.fixed(NOW, ZoneOffset.UTC));

    private BuiltInRules() {
    }

    private static CompiledPack load() {
        try {
            return PackLoader.load(PackLoader.builtInFiles(), PackLoader.builtInKieModule());
        } catch (org.motive.PackException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static ContactRequest request(String message) {
        return request(message, null);
    }

    static ContactRequest request(String message, CrmContext context) {
        return new ContactRequest("t-1", Channel.LINKEDIN, null, null, null, Party.named("Claire Martin"),
                Party.named("Jean Dupont"), null, message, context);
    }

    /** An analysis in {@code language} with the given signals, each without evidence. */
    static Analysis analysis(String language, Register register, int words, String... signals) {
        List<Signal> list = new ArrayList<>();
        for (String signal : signals) {
            list.add(new Signal(signal, List.of()));
        }
        return new Analysis(language, language, register, words, list, List.of());
    }

    static Analysis analysis(String language, int words, List<Signal> signals, List<Note> notes) {
        return new Analysis(language, language, Register.FORMAL, words, signals, notes);
    }

    static Signal signal(String name, String message, String shown) {
        int start = message.indexOf(shown);
        if (start < 0) {
            throw new IllegalArgumentException("'" + shown + "' is not in the message");
        }
        return new Signal(name, List.of(Evidence.of(message, start, start + shown.length())));
    }

    static org.motive.model.Decision decide(String message, String... signals) {
        return DECIDER.decide(request(message), analysis("en", Register.FORMAL, words(message), signals));
    }

    static int words(String message) {
        String stripped = message.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
