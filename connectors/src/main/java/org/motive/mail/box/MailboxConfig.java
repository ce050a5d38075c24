package org.motive.mail.box;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.motive.mail.MailReader;
import org.motive.model.Verdict;

/**
 * The {@code motive.mail.*} settings of a mailbox route, read from a property map with the defaults
 * documented in {@code connectors/README.md}. Invalid settings fail here, at start, with the key in
 * the message, rather than at the first poll.
 */
record MailboxConfig(String protocol, String host, int port, String username, String password, String folder,
                     String pollDelay, Set<Action> actions, Map<Verdict, String> verdictFolders, String draftsFolder,
                     boolean autoReply, Smtp smtp, Path decisions, Path processed, Path deadLetter,
                     int backoffErrorThreshold, int backoffMultiplier, int retries, long retryDelay,
                     int maxMessagesPerPoll, long maxMessageBytes) {

    static final String PREFIX = "motive.mail.";
    static final String PASSWORD_VARIABLE = "MOTIVE_MAIL_PASSWORD";
    static final String SMTP_PASSWORD_VARIABLE = "MOTIVE_MAIL_SMTP_PASSWORD";

    /** What is done on the server with a decided message. */
    enum Action { KEYWORD, MOVE, DRAFT }

    /** Where replies are sent from when {@code motive.mail.autoReply=true}. */
    record Smtp(String host, int port, boolean ssl, String username, String password, String from) {
    }

    MailboxConfig {
        Objects.requireNonNull(protocol);
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        verdictFolders = Map.copyOf(verdictFolders);
    }

    /** The mailbox as it appears in stored decisions and idempotency keys. */
    String mailbox() {
        return protocol + "://" + username + "@" + host + ":" + port + "/" + folder;
    }

    static MailboxConfig from(Properties properties) {
        return from(properties, System::getenv);
    }

    static MailboxConfig from(Properties properties, Function<String, String> environment) {
        Settings s = new Settings(properties);
        URI url = URI.create(s.required("url"));
        String protocol = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!Set.of("imap", "imaps", "pop3", "pop3s").contains(protocol)) {
            throw new IllegalArgumentException(PREFIX + "url must start with imap://, imaps://, pop3:// or pop3s://, not "
                    + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException(PREFIX + "url has no host: " + url);
        }
        int port = url.getPort() > 0 ? url.getPort() : defaultPort(protocol);
        String password = s.get("password", environment.apply(PASSWORD_VARIABLE));
        if (password == null) {
            throw new IllegalArgumentException("no password: set " + PREFIX + "password or the environment variable "
                    + PASSWORD_VARIABLE);
        }
        // A POP3 mailbox has no keywords, folders or drafts, so by default nothing is done there.
        Set<Action> actions = actions(s.get("actions", protocol.startsWith("imap") ? "keyword" : "none"));
        if (!protocol.startsWith("imap") && !actions.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "actions " + actions + " need IMAP; a POP3 mailbox has no "
                    + "keywords, folders or drafts: set " + PREFIX + "actions=none");
        }
        Map<Verdict, String> folders = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            String name = verdict.name().charAt(0) + verdict.name().substring(1).toLowerCase(Locale.ROOT);
            folders.put(verdict, s.get("folders." + verdict.name().toLowerCase(Locale.ROOT), "Motive/" + name));
        }
        boolean autoReply = Boolean.parseBoolean(s.get("autoReply", "false"));
        Smtp smtp = autoReply ? smtp(s, environment, password) : null;
        return new MailboxConfig(protocol, url.getHost(), port, s.required("username"), password,
                s.get("folder", "INBOX"), s.get("pollDelay", "60000"), actions, folders,
                s.get("draftsFolder", "Drafts"), autoReply, smtp,
                Path.of(s.get("decisions", "./data/decisions.jsonl")),
                Path.of(s.get("processed", "./data/mail-processed.txt")),
                Path.of(s.get("deadLetter", "./data/dead-letter")),
                s.integer("backoffErrorThreshold", 3), s.integer("backoffMultiplier", 5),
                s.integer("retries", 3), s.integer("retryDelay", 1000), s.integer("maxMessagesPerPoll", 100),
                s.integer("maxMessageBytes", (int) MailReader.DEFAULT_MAX_MESSAGE_BYTES));
    }

    private static Smtp smtp(Settings s, Function<String, String> environment, String mailPassword) {
        URI url = URI.create(s.required("smtp.url"));
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw new IllegalArgumentException(PREFIX + "smtp.url must start with smtp:// or smtps://, not " + url);
        }
        boolean ssl = scheme.equals("smtps");
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 465 : 587;
        String password = s.get("smtp.password", environment.apply(SMTP_PASSWORD_VARIABLE));
        return new Smtp(url.getHost(), port, ssl, s.get("smtp.username", s.required("username")),
                password == null ? mailPassword : password, s.get("smtp.from", null));
    }

    private static Set<Action> actions(String list) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (String name : list.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
                continue;
            }
            try {
                actions.add(Action.valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + "actions: unknown action '" + trimmed + "', expected "
                        + Arrays.toString(Action.values()).toLowerCase(Locale.ROOT), e);
            }
        }
        return actions;
    }

    private static int defaultPort(String protocol) {
        return switch (protocol) {
            case "imap" -> 143;
            case "imaps" -> 993;
            case "pop3" -> 110;
            default -> 995;
        };
    }

    /** Reads {@code motive.mail.<key>} values, trimmed; blank counts as absent. */
    private record Settings(Properties properties) {

        String get(String key, String fallback) {
            String value = properties.getProperty(PREFIX + key);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        String required(String key) {
            String value = get(key, null);
            if (value == null) {
                throw new IllegalArgumentException("missing setting " + PREFIX + key);
            }
            return value;
        }

        int integer(String key, int fallback) {
            String value = get(key, null);
            if (value == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + key + " must be a whole number, not '" + value + "'", e);
            }
        }
    }
}
