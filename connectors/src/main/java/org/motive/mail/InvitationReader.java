package org.motive.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motive.model.Channel;
import org.motive.model.ContactRequest;
import org.motive.model.Kind;
import org.motive.model.Party;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns the invitation notification of a professional network into the invitation it carries:
 * the inviter as sender, the personal note as message. The networks, their senders and their
 * default lines are data ({@code invitations.yaml}); the note is read from the quoted block after
 * a label, never from fixed wording, because notifications are localised and reworded.
 */
final class InvitationReader {

    private static final String RESOURCE = "invitations.yaml";
    /** Opening quotation marks and the marks that close them: „…“ „…” “…” "…" «…» »…«. */
    private static final Map<Character, String> QUOTES = Map.of('„', "“”", '“', "”", '"', "\"", '«', "»", '»', "«");
    /** Two to four capitalised words, with the particles of family names in between. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:von|van|de|du|der|den|di|da|le|la|zu)\\s+)*\\p{Lu}[\\p{L}'’-]+){1,3}");

    private static final Pattern SPACES_AT_ENDS = Pattern.compile("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$");

    record Network(Channel channel, List<String> senders, List<String> domains, Map<String, Pattern> headers,
                   boolean noteBeforeName, List<Pattern> profileUrls, Map<String, String> defaultLines) {
    }

    static final InvitationReader BUILT_IN = load();

    private final List<Network> networks;
    /** Any of the words that name a network or a robot sender, as a whole word. */
    private final Pattern networkSenderWords;
    private final List<String> displayNameSuffixes;
    private final Map<String, List<String>> languageWords;

    private InvitationReader(List<Network> networks, List<String> networkSenderWords,
                             List<String> displayNameSuffixes, Map<String, List<String>> languageWords) {
        this.networks = networks;
        this.networkSenderWords = Pattern.compile(networkSenderWords.stream().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?<!\\p{L})(", ")(?!\\p{L})")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.displayNameSuffixes = displayNameSuffixes;
        this.languageWords = languageWords;
    }

    List<Network> networks() {
        return networks;
    }

    /** The network whose invitation this message is, by its sender and header fields. */
    Optional<Network> recognise(MailHeaders headers) {
        String address = headers.fromAddress() == null ? "" : headers.fromAddress().toLowerCase(Locale.ROOT);
        String domain = headers.fromDomain();
        for (Network network : networks) {
            for (String sender : network.senders()) {
                if (sender.contains("@") ? address.equals(sender) : inDomain(domain, sender)) {
                    return Optional.of(network);
                }
            }
            for (String networkDomain : network.domains()) {
                if (inDomain(domain, networkDomain) && anyHeaderMatches(network, headers)) {
                    return Optional.of(network);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param html the raw HTML part or null: in an HTML-only notification the profile link is in
     *             an {@code href}, not in the text
     */
    ContactRequest read(Network network, MailHeaders headers, String text, String html, String id) {
        List<String> lines = text.lines().map(InvitationReader::stripSpaces).toList();
        String name = displayName(headers.fromName());
        if (name == null) {
            name = nameFromBody(lines, headers.toName());
        }
        String note = quotedNote(text);
        if (note == null && network.noteBeforeName() && name != null) {
            note = noteBeforeName(lines, name);
        }
        if (note == null || note.isBlank()) {
            note = defaultLine(network, text);
        }
        String profileUrl = profileUrl(network, text);
        if (profileUrl == null && html != null) {
            profileUrl = profileUrl(network, html.replace("&amp;", "&"));
        }
        Party sender = new Party(name, null, headline(lines, name), null, profileUrl);
        Party recipient = headers.toName() == null && headers.toAddress() == null ? null
                : new Party(headers.toName(), headers.toAddress(), null, null, null);
        return new ContactRequest(id, network.channel(), Kind.CONNECTION, null, headers.date(), sender, recipient,
                headers.subject(), note, null);
    }

    private static boolean inDomain(String domain, String networkDomain) {
        return domain.equals(networkDomain) || domain.endsWith("." + networkDomain);
    }

    private static boolean anyHeaderMatches(Network network, MailHeaders headers) {
        for (Map.Entry<String, Pattern> header : network.headers().entrySet()) {
            String value = headers.first(header.getKey());
            if (value != null && header.getValue().matcher(value.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The From display name when it names a person: "Anna Schmidt via LinkedIn" gives "Anna Schmidt". */
    private String displayName(String fromName) {
        if (fromName == null) {
            return null;
        }
        String name = fromName.strip();
        for (String suffix : displayNameSuffixes) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                name = name.substring(0, name.length() - suffix.length()).strip();
            }
        }
        return name.isEmpty() || namesNetwork(name) ? null : name;
    }

    private boolean namesNetwork(String text) {
        return networkSenderWords.matcher(text).find();
    }

    /**
     * The inviter as the notification's first sentence names them: the first run of capitalised
     * words, after the greeting line if there is one, that is neither the recipient nor the network.
     */
    private String nameFromBody(List<String> lines, String recipientName) {
        int first = firstTextLine(lines);
        int start = first < lines.size() && isGreeting(lines.get(first), recipientName) ? first + 1 : first;
        int checked = 0;
        for (int i = start; i < lines.size() && checked < 3; i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            checked++;
            Matcher matcher = PERSON_NAME.matcher(lines.get(i));
            while (matcher.find()) {
                String candidate = matcher.group();
                if (!namesNetwork(candidate) && (recipientName == null || !recipientName.contains(candidate))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** "Hallo Herr Weber," "Bonjour Jean !" or a line naming the recipient, not the inviter's sentence. */
    private static boolean isGreeting(String line, String recipientName) {
        if (line.endsWith(",") || line.endsWith("!")) {
            return true;
        }
        if (recipientName == null || recipientName.isBlank()) {
            return false;
        }
        String first = recipientName.strip().split("\\s+")[0];
        return line.contains(recipientName.strip()) || Pattern.compile("\\b" + Pattern.quote(first) + "\\b").matcher(line).find();
    }

    private static int firstTextLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return lines.size();
    }

    /** The first block in quotation marks that follows a label ("Message :", "Nachricht:"). */
    static String quotedNote(String text) {
        for (int i = 0; i < text.length(); i++) {
            String closers = QUOTES.get(text.charAt(i));
            if (closers == null || !afterLabel(text, i)) {
                continue;
            }
            for (int j = i + 1; j < text.length(); j++) {
                if (closers.indexOf(text.charAt(j)) >= 0) {
                    String note = stripSpaces(text.substring(i + 1, j).lines().map(InvitationReader::stripSpaces)
                            .reduce((a, b) -> a + "\n" + b).orElse(""));
                    if (!note.isEmpty()) {
                        return note;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** Strips white space including the no-break spaces that French puts inside « ». */
    private static String stripSpaces(String text) {
        return SPACES_AT_ENDS.matcher(text).replaceAll("");
    }

    private static boolean afterLabel(String text, int quote) {
        for (int k = quote - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
                return c == ':';
            }
        }
        return false;
    }

    /** LinkedIn's shape: greeting line, the note, then the inviter's name on a line of its own. */
    private static String noteBeforeName(List<String> lines, String name) {
        int greeting = firstTextLine(lines);
        for (int i = greeting + 1; i < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase(name)) {
                return String.join("\n", lines.subList(greeting + 1, i)).strip();
            }
        }
        return null;
    }

    /** The line after the inviter's name on a line of its own, when it reads as a headline. */
    private static String headline(List<String> lines, String name) {
        if (name == null) {
            return null;
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase(name)) {
                String next = lines.get(i + 1);
                boolean headline = !next.isEmpty() && next.length() <= 200 && !next.contains("http")
                        && !next.endsWith(":") && QUOTES.get(next.charAt(0)) == null;
                return headline ? next : null;
            }
        }
        return null;
    }

    private static String profileUrl(Network network, String text) {
        for (Pattern pattern : network.profileUrls()) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }

    private String defaultLine(Network network, String text) {
        String language = language(text);
        String line = network.defaultLines().get(language);
        return line != null ? line : network.defaultLines().values().iterator().next();
    }

    /** The language whose common words the notification uses most; English when none. */
    String language(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (Map.Entry<String, List<String>> language : languageWords.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    private static InvitationReader load() {
        try (InputStream in = InvitationReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the connectors jar");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Network> networks = new ArrayList<>();
            for (Object entry : (List<?>) root.get("networks")) {
                networks.add(network(castMap(entry)));
            }
            Map<String, List<String>> languageWords = new LinkedHashMap<>();
            MailMarkers.map(root, "languageWords").forEach((language, words) ->
                    languageWords.put(language, ((List<?>) words).stream().map(String::valueOf).toList()));
            return new InvitationReader(List.copyOf(networks), MailMarkers.strings(root, "networkSenderWords"),
                    MailMarkers.strings(root, "displayNameSuffixes"), languageWords);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static Network network(Map<String, Object> entry) {
        Map<String, Pattern> headers = new LinkedHashMap<>();
        Object headerMap = entry.get("headers");
        if (headerMap != null) {
            castMap(headerMap).forEach((name, regex) -> headers.put(name,
                    Pattern.compile(String.valueOf(regex), Pattern.CASE_INSENSITIVE)));
        }
        Map<String, String> defaultLines = new LinkedHashMap<>();
        MailMarkers.map(entry, "defaultLines").forEach((language, line) -> defaultLines.put(language, String.valueOf(line)));
        return new Network(Channel.fromWire(String.valueOf(entry.get("channel"))),
                lower(MailMarkers.strings(entry, "senders")), lower(MailMarkers.strings(entry, "domains")), headers,
                Boolean.TRUE.equals(entry.get("noteBeforeName")), MailMarkers.patterns(entry, "profileUrls"),
                defaultLines);
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
