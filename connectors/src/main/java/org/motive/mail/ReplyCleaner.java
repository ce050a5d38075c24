package org.motive.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps only what the sender wrote in this e-mail: quoted lines ({@code > }), the earlier message
 * of a reply or forward, the signature after {@code -- } and legal or mailing footers are removed.
 * The markers are data ({@link MailMarkers}).
 */
final class ReplyCleaner {

    private final MailMarkers markers;

    ReplyCleaner(MailMarkers markers) {
        this.markers = markers;
    }

    String clean(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                lines.add(line.stripTrailing());
            }
        }
        int end = lines.size();
        boolean firstParagraph = true;
        boolean seenText = false;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                firstParagraph = !seenText;
                continue;
            }
            if (MailMarkers.anyMatches(markers.signatureSeparators(), line)
                    || MailMarkers.anyMatches(markers.replyHeaders(), line)
                    || startsSplitReplyHeader(line, i + 1 < end ? lines.get(i + 1).strip() : null)
                    || startsHeaderBlock(lines, i, end)
                    || (!firstParagraph && MailMarkers.anyFinds(markers.footers(), line))) {
                end = i;
                break;
            }
            seenText = true;
        }
        return tidy(lines.subList(0, end));
    }

    /**
     * A reply header that the mail client wrapped over two lines. When the next line is a whole
     * header by itself, the cut belongs there, not on this line.
     */
    private boolean startsSplitReplyHeader(String line, String next) {
        return next != null && !next.isEmpty()
                && MailMarkers.anyMatches(markers.replyHeaders(), line + " " + next)
                && !MailMarkers.anyMatches(markers.replyHeaders(), next);
    }

    private boolean startsHeaderBlock(List<String> lines, int i, int end) {
        if (!MailMarkers.anyMatches(markers.headerBlockFirst(), lines.get(i).strip())) {
            return false;
        }
        for (int j = i + 1; j < Math.min(end, i + 4); j++) {
            if (MailMarkers.anyMatches(markers.headerBlockThen(), lines.get(j).strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops blank lines at both ends, rules left where a cut was made ("_____"), and runs of blank
     * lines inside.
     */
    private static String tidy(List<String> lines) {
        int end = lines.size();
        while (end > 0 && isBlankOrRule(lines.get(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(line);
            blank = false;
        }
        return out.toString();
    }

    private static boolean isBlankOrRule(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.chars().allMatch(c -> c == '_' || c == '-' || c == '=' || c == '*');
    }
}
