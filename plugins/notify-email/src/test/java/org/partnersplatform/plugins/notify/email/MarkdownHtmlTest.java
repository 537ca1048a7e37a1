package org.partnersplatform.plugins.notify.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Markdown an alert uses, as the HTML part shows it. */
class MarkdownHtmlTest {

    @Test
    void paragraphsHeadingsAndListsBecomeHtml() {
        String html = MarkdownHtml.render("""
                # February
                Acme had **13** contributions,
                against *34* in January.

                - merged pull requests: 4
                - reviews: 9
                1. Acme
                2. Globex
                """);

        assertEquals("""
                <h2>February</h2>
                <p>Acme had <strong>13</strong> contributions,
                against <em>34</em> in January.</p>
                <ul>
                <li>merged pull requests: 4</li>
                <li>reviews: 9</li>
                </ul>
                <ol>
                <li>Acme</li>
                <li>Globex</li>
                </ol>
                """, html);
    }

    @Test
    void markupInTheTextIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</p>\n",
                MarkdownHtml.render("<script>alert('x')</script> & \"more\""));
    }

    @Test
    void emphasisNeverReachesIntoCodeOrALinksAddress() {
        assertEquals("<p>See <a href=\"https://example.org/a_b_c?x=1&amp;y=2\">the <em>report</em></a> and "
                        + "<code>member_inactive *days*</code></p>\n",
                MarkdownHtml.render("See [the _report_](https://example.org/a_b_c?x=1&y=2) and "
                        + "`member_inactive *days*`"));
    }

    @Test
    void onlyHttpLinksBecomeAnchorsAndSnakeCaseStaysText() {
        assertEquals("<p>[click](javascript:alert(1)) activity_drop</p>\n",
                MarkdownHtml.render("[click](javascript:alert(1)) activity_drop"));
    }
}
