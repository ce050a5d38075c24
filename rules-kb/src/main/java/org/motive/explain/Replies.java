package org.motive.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.motive.analysis.Register;

/**
 * The texts of one language, from {@code replies/<lang>.yaml}: a title and an explanation per rule,
 * a title, summary and hint per verdict row, texts for the analysis notes, and the pieces of the
 * reply drafts (greetings and closings per register, one template per reply key, one request per
 * missing item).
 */
public final class Replies {

    private final String file;
    private final String language;
    private final Map<String, RuleText> rules;
    private final Map<String, RowText> rows;
    private final Map<String, RuleText> notes;
    private final Phrase greeting;
    private final Phrase greetingNoName;
    private final Phrase closing;
    private final Map<String, Phrase> templates;
    private final Map<String, Phrase> missing;

    Replies(String file, String language, Map<String, RuleText> rules, Map<String, RowText> rows,
            Map<String, RuleText> notes, Phrase greeting, Phrase greetingNoName, Phrase closing,
            Map<String, Phrase> templates, Map<String, Phrase> missing) {
        this.file = file;
        this.language = language;
        this.rules = Map.copyOf(rules);
        this.rows = Map.copyOf(rows);
        this.notes = Map.copyOf(notes);
        this.greeting = greeting;
        this.greetingNoName = greetingNoName;
        this.closing = closing;
        this.templates = Map.copyOf(templates);
        this.missing = Map.copyOf(missing);
    }

    public String language() {
        return language;
    }

    /** The title and explanation of a rule; its id for both when the file has none. */
    public RuleText rule(String id) {
        RuleText text = rules.get(id);
        return text != null ? text : new RuleText(id, id);
    }

    public RowText row(String id) {
        RowText text = rows.get(id);
        return text != null ? text : new RowText(id, id, id);
    }

    /** The text of an analysis note, with its detail filled in; the detail alone for an unknown note. */
    public RuleText note(String rule, String detail) {
        RuleText text = notes.get(rule);
        String shown = detail == null ? "" : detail;
        if (text == null) {
            return new RuleText(rule, shown.isEmpty() ? rule : shown);
        }
        return new RuleText(text.title(), Template.render(text.explanation(), Map.of("detail", shown)));
    }

    public Set<String> templateKeys() {
        return templates.keySet();
    }

    public Set<String> missingItems() {
        return missing.keySet();
    }

    /**
     * A reply draft: greeting (by first name when known), the template of {@code template} whose
     * {@code {asks}} holds one request per missing item, and a closing, all in {@code register}.
     */
    public String reply(String template, List<String> missingItems, Register register, String senderFirstName,
                        String recipientFirstName) {
        Phrase body = templates.get(template);
        if (body == null) {
            throw new IllegalArgumentException(file + " has no reply template '" + template + "'");
        }
        String asks = missingItems.stream().map(missing::get).filter(Objects::nonNull)
                .map(phrase -> phrase.in(register)).collect(Collectors.joining(" "));
        Map<String, String> values = new HashMap<>();
        values.put("asks", asks);
        values.put("firstName", blankToEmpty(senderFirstName));
        values.put("recipientFirstName", blankToEmpty(recipientFirstName));
        Phrase hello = senderFirstName == null || senderFirstName.isBlank() ? greetingNoName : greeting;
        return Template.render(hello.in(register), values) + "\n\n"
                + Template.render(body.in(register), values).strip() + "\n\n"
                + Template.render(closing.in(register), values);
    }

    /**
     * What this file lacks for a pack: a text for every rule and row id, every reply template and
     * every missing item the pack uses. Each problem names the file and the YAML path to add.
     */
    public List<String> gaps(Collection<String> ruleIds, Collection<String> rowIds, Collection<String> templateKeys,
                             Collection<String> missingItems) {
        List<String> gaps = new ArrayList<>();
        ruleIds.stream().sorted().filter(id -> !rules.containsKey(id))
                .forEach(id -> gaps.add(file + " at rules." + id + ": missing (title and explanation)"));
        rowIds.stream().filter(id -> !rows.containsKey(id))
                .forEach(id -> gaps.add(file + " at rows." + id + ": missing (title, summary and hint)"));
        templateKeys.stream().sorted().filter(key -> !templates.containsKey(key))
                .forEach(key -> gaps.add(file + " at reply.templates." + key + ": missing"));
        missingItems.stream().sorted().filter(item -> !missing.containsKey(item))
                .forEach(item -> gaps.add(file + " at reply.missing." + item + ": missing"));
        return gaps;
    }

    private static String blankToEmpty(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }
}
