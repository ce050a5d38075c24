package org.motive.mail;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail to plain text that keeps the shape the analysis relies on: a paragraph stays a
 * paragraph (blank line), a line break stays a line break, and nothing invisible (styles,
 * scripts, hidden preview text) becomes words.
 */
final class HtmlText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "table", "ul", "ol", "pre", "hr");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dd", "dt", "section", "article", "header",
            "footer", "address", "center", "form", "caption");

    private HtmlText() {
    }

    /**
     * @param removed CSS selectors of elements to drop before reading, e.g. the quoted earlier
     *                message that mail clients wrap in {@code blockquote[type=cite]}
     */
    static String toText(String html, List<String> removed) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, noscript, template").remove();
        document.select("[style~=(?i)display\\s*:\\s*none]").remove();
        for (String selector : removed) {
            document.select(selector).remove();
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text, inPre(text));
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (PARAGRAPHS.contains(tag)) {
                        breakLine(out, 2);
                    } else if (LINES.contains(tag)) {
                        breakLine(out, 1);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (PARAGRAPHS.contains(tag)) {
                        breakLine(out, 2);
                    } else if (LINES.contains(tag)) {
                        breakLine(out, 1);
                    }
                }
            }
        }, document.body());
        return tidy(out);
    }

    private static boolean inPre(TextNode text) {
        for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void appendText(StringBuilder out, TextNode text, boolean pre) {
        String content = text.getWholeText().replace('\u00A0', ' ');
        if (pre) {
            out.append(content);
            return;
        }
        // Outside <pre>, any run of white space (line breaks of the source included) is one space.
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Ends the current line so that {@code newlines} line breaks separate it from what follows. */
    private static void breakLine(StringBuilder out, int newlines) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0) {
            return;
        }
        int existing = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            existing++;
        }
        for (int i = existing; i < newlines; i++) {
            out.append('\n');
        }
    }

    /** Strips each line and keeps at most one blank line between paragraphs. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.toString().split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(stripped);
            blank = 0;
        }
        return out.toString();
    }
}
