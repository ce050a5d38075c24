package org.motive.explain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.motive.PackException;

/**
 * Reads {@code replies/<lang>.yaml}. The shape:
 *
 * <pre>{@code
 * language: en
 * rules:                      # per rule id (signal or row)
 *   origin.past: {title: Past interaction, explanation: Names a meeting, a call or work together.}
 * rows:                       # per verdict row
 *   motivated: {title: ..., summary: ..., hint: ...}
 * notes:                      # per analysis note; {detail} is the note's detail
 *   language.unsupported: {title: ..., explanation: "... {detail}"}
 * reply:
 *   greeting: {formal: "Dear {firstName},", informal: "Hi {firstName},"}
 *   greetingNoName: Hello,
 *   closing: "Kind regards,\n{recipientFirstName}"
 *   templates: {clarify: "Thank you for your message. {asks}"}
 *   missing: {purpose: "What do you expect from this contact?"}
 * }</pre>
 *
 * A text is one string for both registers or {@code {formal: ..., informal: ...}}. Every problem
 * names the file and the YAML path.
 */
public final class RepliesReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private static final Set<String> NO_PLACEHOLDERS = Set.of();
    private static final Set<String> REPLY_PLACEHOLDERS = Set.of("firstName", "recipientFirstName");
    private static final Set<String> TEMPLATE_PLACEHOLDERS = Set.of("firstName", "recipientFirstName", "asks");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private RepliesReader(String file) {
        this.file = file;
    }

    /** @param file the pack-relative path, {@code replies/fr.yaml}; its name is the language */
    public static Replies read(String file, byte[] yaml) throws PackException {
        return new RepliesReader(file).parse(yaml);
    }

    private Replies parse(byte[] yaml) throws PackException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new PackException(List.of(file + line + ": not valid YAML: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new PackException(List.of(file + ": " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new PackException(List.of(file + ": expected a mapping with language, rules, rows, notes and reply"));
        }
        onlyKeys(root, "", Set.of("language", "rules", "rows", "notes", "reply"));
        String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        String language = text(root, "language", "language", NO_PLACEHOLDERS);
        if (language != null && !language.equals(expected)) {
            problems.add(file + " at language: '" + language + "' does not match the file name (" + expected + ")");
        }
        Map<String, RuleText> rules = ruleTexts(root.get("rules"), "rules", NO_PLACEHOLDERS);
        Map<String, RuleText> notes = ruleTexts(root.get("notes"), "notes", Set.of("detail"));
        Map<String, RowText> rows = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> row : entries(root.get("rows"), "rows")) {
            String path = "rows." + row.getKey();
            onlyKeys(row.getValue(), path, Set.of("title", "summary", "hint"));
            rows.put(row.getKey(), new RowText(text(row.getValue(), "title", path + ".title", NO_PLACEHOLDERS),
                    text(row.getValue(), "summary", path + ".summary", NO_PLACEHOLDERS),
                    text(row.getValue(), "hint", path + ".hint", NO_PLACEHOLDERS)));
        }
        JsonNode reply = root.get("reply");
        if (reply == null || !reply.isObject()) {
            problems.add(file + " at reply: required, with greeting, greetingNoName, closing, templates and missing");
            throw new PackException(problems);
        }
        onlyKeys(reply, "reply", Set.of("greeting", "greetingNoName", "closing", "templates", "missing"));
        Phrase greeting = phrase(reply.get("greeting"), "reply.greeting", REPLY_PLACEHOLDERS);
        Phrase greetingNoName = phrase(reply.get("greetingNoName"), "reply.greetingNoName", Set.of("recipientFirstName"));
        Phrase closing = phrase(reply.get("closing"), "reply.closing", REPLY_PLACEHOLDERS);
        Map<String, Phrase> templates = phrases(reply.get("templates"), "reply.templates", TEMPLATE_PLACEHOLDERS);
        Map<String, Phrase> missing = phrases(reply.get("missing"), "reply.missing", REPLY_PLACEHOLDERS);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new Replies(file, language, rules, rows, notes, greeting, greetingNoName, closing, templates, missing);
    }

    private Map<String, RuleText> ruleTexts(JsonNode node, String path, Set<String> placeholders) {
        Map<String, RuleText> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node, path)) {
            String at = path + "." + entry.getKey();
            onlyKeys(entry.getValue(), at, Set.of("title", "explanation"));
            texts.put(entry.getKey(), new RuleText(text(entry.getValue(), "title", at + ".title", NO_PLACEHOLDERS),
                    text(entry.getValue(), "explanation", at + ".explanation", placeholders)));
        }
        return texts;
    }

    private Map<String, Phrase> phrases(JsonNode node, String path, Set<String> placeholders) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node, path)) {
            Phrase phrase = phrase(entry.getValue(), path + "." + entry.getKey(), placeholders);
            if (phrase != null) {
                phrases.put(entry.getKey(), phrase);
            }
        }
        return phrases;
    }

    private Phrase phrase(JsonNode node, String path, Set<String> placeholders) {
        if (node != null && node.isTextual()) {
            String text = checked(node.asText(), path, placeholders);
            return text == null ? null : Phrase.both(text);
        }
        if (node != null && node.isObject()) {
            onlyKeys(node, path, Set.of("formal", "informal"));
            String formal = text(node, "formal", path + ".formal", placeholders);
            String informal = text(node, "informal", path + ".informal", placeholders);
            return formal == null || informal == null ? null : new Phrase(formal, informal);
        }
        problems.add(file + " at " + path + ": required, a text or {formal: ..., informal: ...}");
        return null;
    }

    private List<Map.Entry<String, JsonNode>> entries(JsonNode node, String path) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node == null || node.isNull()) {
            problems.add(file + " at " + path + ": required");
            return entries;
        }
        if (!node.isObject()) {
            problems.add(file + " at " + path + ": expected a mapping of names to texts");
            return entries;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        return entries;
    }

    private String text(JsonNode parent, String key, String path, Set<String> placeholders) {
        JsonNode node = parent == null ? null : parent.get(key);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            problems.add(file + " at " + path + ": required");
            return null;
        }
        if (!node.isTextual()) {
            problems.add(file + " at " + path + ": expected a text");
            return null;
        }
        return checked(node.asText(), path, placeholders);
    }

    private String checked(String text, String path, Set<String> placeholders) {
        for (String name : Template.placeholders(text)) {
            if (!placeholders.contains(name)) {
                problems.add(file + " at " + path + ": unknown placeholder {" + name + "}"
                        + (placeholders.isEmpty() ? "; this text takes none" : "; it may use "
                        + placeholders.stream().sorted().map(p -> "{" + p + "}").toList()));
            }
        }
        return text.strip();
    }

    private void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            if (!path.isEmpty()) {
                problems.add(file + " at " + path + ": expected a mapping with " + allowed.stream().sorted().toList());
            }
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.add(file + " at " + (path.isEmpty() ? key : path + "." + key) + ": unknown key; known: "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
