package org.partnersplatform.plugins.stackexchange;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML entities the API leaves in plain-text fields such as {@code display_name} and {@code title}
 * ({@code O&#39;Brien}, {@code Sch&#246;lly}, {@code &quot;strings&quot;}). Unknown named entities are kept as
 * they are.
 */
final class HtmlEntities {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

    private HtmlEntities() {
    }

    /** The text with its entities decoded; {@code null} stays {@code null}. */
    static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replacement(String entity, String whole) {
        if (entity.charAt(0) != '#') {
            return NAMED.getOrDefault(entity, whole);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
    }
}
