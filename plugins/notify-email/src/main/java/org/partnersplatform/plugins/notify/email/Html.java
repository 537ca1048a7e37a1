package org.partnersplatform.plugins.notify.email;

/** Escapes text for HTML, so nothing a notification says can become markup. */
final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} replaced by entities: safe in element content and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text as HTML paragraphs: blank lines separate paragraphs, other line breaks are kept. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(String.join("<br>\n", escape(paragraph.strip()).split("\\R"))).append("</p>\n");
        }
        return out.toString();
    }
}
