package org.partnersplatform.plugins.notify.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of Markdown an alert uses, as HTML: paragraphs, headings (one level below the message's own title),
 * bulleted and numbered lists, strong and emphasised text, code spans and http(s) links. Everything else stays text.
 * All text is escaped first, so no markup in a notification reaches the message.
 */
final class MarkdownHtml {

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s*[-*+]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,9}[.)]\\s+(.*)");
    private static final Pattern CODE_OR_LINK = Pattern.compile(
            "`([^`]+)`|\\[([^\\]]+)\\]\\((https?://[^\\s)]+)\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])|(?<!\\w)_(?=\\S)(.+?)(?<=\\S)_(?!\\w)");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private String openList;

    private MarkdownHtml() {
    }

    /** The Markdown as HTML. */
    static String render(String markdown) {
        MarkdownHtml html = new MarkdownHtml();
        for (String line : markdown.split("\\R", -1)) {
            html.line(line);
        }
        html.closeBlocks();
        return html.out.toString();
    }

    private void line(String line) {
        Matcher heading = HEADING.matcher(line);
        Matcher bullet = BULLET.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        if (line.isBlank()) {
            closeBlocks();
        } else if (heading.matches()) {
            closeBlocks();
            int level = Math.min(heading.group(1).length() + 1, 6);
            out.append("<h").append(level).append('>').append(inline(heading.group(2)))
                    .append("</h").append(level).append(">\n");
        } else if (bullet.matches()) {
            item("ul", bullet.group(1));
        } else if (numbered.matches()) {
            item("ol", numbered.group(1));
        } else {
            closeList();
            if (!paragraph.isEmpty()) {
                paragraph.append('\n');
            }
            paragraph.append(inline(line.strip()));
        }
    }

    private void item(String list, String text) {
        closeParagraph();
        if (!list.equals(openList)) {
            closeList();
            out.append('<').append(list).append(">\n");
            openList = list;
        }
        out.append("<li>").append(inline(text)).append("</li>\n");
    }

    private void closeBlocks() {
        closeParagraph();
        closeList();
    }

    private void closeParagraph() {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(paragraph).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    private void closeList() {
        if (openList != null) {
            out.append("</").append(openList).append(">\n");
            openList = null;
        }
    }

    /** Code spans and links are cut out first, so that emphasis never reaches into code or a URL. */
    private static String inline(String text) {
        StringBuilder html = new StringBuilder();
        Matcher matcher = CODE_OR_LINK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            html.append(emphasis(Html.escape(text.substring(last, matcher.start()))));
            if (matcher.group(1) != null) {
                html.append("<code>").append(Html.escape(matcher.group(1))).append("</code>");
            } else {
                html.append("<a href=\"").append(Html.escape(matcher.group(3))).append("\">")
                        .append(emphasis(Html.escape(matcher.group(2)))).append("</a>");
            }
            last = matcher.end();
        }
        return html.append(emphasis(Html.escape(text.substring(last)))).toString();
    }

    private static String emphasis(String escaped) {
        return wrap(EMPHASIS, "em", wrap(STRONG, "strong", escaped));
    }

    private static String wrap(Pattern pattern, String element, String text) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                "<" + element + ">" + (match.group(1) != null ? match.group(1) : match.group(2)) + "</" + element
                        + ">"));
    }
}
