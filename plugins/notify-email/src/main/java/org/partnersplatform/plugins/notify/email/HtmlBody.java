package org.partnersplatform.plugins.notify.email;

import org.partnersplatform.api.notify.Notification;

/**
 * The text/html part: the title as a heading, the Markdown (or else the text) as HTML, the fields as a table and the
 * link. Every value is escaped; the markup is plain enough for any mail client.
 */
final class HtmlBody {

    private HtmlBody() {
    }

    static String render(Notification notification) {
        String title = Html.escape(notification.title());
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head>\n<body>\n<h1>").append(title).append("</h1>\n")
                .append(notification.markdown() != null
                        ? MarkdownHtml.render(notification.markdown())
                        : Html.paragraphs(notification.text()));
        if (!notification.fields().isEmpty()) {
            out.append("<table>\n");
            notification.fields().forEach((name, value) -> out.append("<tr><th align=\"left\">")
                    .append(Html.escape(name)).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        if (notification.link() != null) {
            String link = Html.escape(notification.link().toString());
            out.append("<p><a href=\"").append(link).append("\">").append(link).append("</a></p>\n");
        }
        return out.append("</body></html>\n").toString();
    }
}
