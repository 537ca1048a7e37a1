package org.partnersplatform.plugins.notify.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in Slack's mrkdwn: {@code &}, {@code <} and {@code >} escaped as Slack asks, and the small part of Markdown an
 * alert uses translated (strong becomes {@code *x*}, emphasis {@code _x_}, links {@code <url|label>}, headings a
 * strong line, list items a bullet). Code spans are kept as they are; only http(s) links become links.
 */
final class SlackMrkdwn {

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*#*\\s*");
    private static final Pattern BULLET = Pattern.compile("(\\s*)[-*+]\\s+(.*)");
    private static final Pattern CODE_OR_LINK = Pattern.compile(
            "`([^`]+)`|\\[([^\\]]+)\\]\\((https?://[^\\s)]+)\\)");
    private static final Pattern STRONG_OR_EMPHASIS = Pattern.compile(
            "\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__"
                    + "|(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");

    private SlackMrkdwn() {
    }

    /** Plain text, escaped: nothing in it becomes a link or a mention. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Markdown as mrkdwn, line by line. */
    static String fromMarkdown(String markdown) {
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (heading.matches()) {
                lines.add("*" + inline(heading.group(1)) + "*");
            } else if (bullet.matches()) {
                lines.add(bullet.group(1) + "\u2022 " + inline(bullet.group(2)));
            } else {
                lines.add(inline(line));
            }
        }
        return String.join("\n", lines);
    }

    /** Code spans and links are cut out first, so that emphasis never reaches into code or a URL. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = CODE_OR_LINK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(emphasis(escape(text.substring(last, matcher.start()))));
            if (matcher.group(1) != null) {
                out.append('`').append(escape(matcher.group(1))).append('`');
            } else {
                out.append('<').append(escape(matcher.group(3))).append('|')
                        .append(emphasis(escape(matcher.group(2).replace("|", "/")))).append('>');
            }
            last = matcher.end();
        }
        return out.append(emphasis(escape(text.substring(last)))).toString();
    }

    private static String emphasis(String escaped) {
        return STRONG_OR_EMPHASIS.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(
                match.group(3) != null ? "_" + match.group(3) + "_"
                        : "*" + (match.group(1) != null ? match.group(1) : match.group(2)) + "*"));
    }
}
