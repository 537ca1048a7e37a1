package org.partnersplatform.plugins.notify.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown as Slack's mrkdwn, and text Slack cannot mistake for a link or a mention. */
class SlackMrkdwnTest {

    @Test
    void strongEmphasisHeadingsAndListsAreTranslated() {
        assertEquals("*February*\n*Acme* had _13_ contributions, _not_ 34\n\u2022 reviews: 9\n  \u2022 approved: 7",
                SlackMrkdwn.fromMarkdown("## February\n**Acme** had *13* contributions, _not_ 34\n- reviews: 9\n"
                        + "  * approved: 7"));
    }

    @Test
    void linksBecomeSlackLinksAndOnlyHttpOnes() {
        assertEquals("See <https://example.org/a_b?x=1&amp;y=2|the _report_> and [x](javascript:alert(1))",
                SlackMrkdwn.fromMarkdown("See [the *report*](https://example.org/a_b?x=1&y=2) and "
                        + "[x](javascript:alert(1))"));
    }

    @Test
    void codeSpansAreKeptAsTheyAre() {
        assertEquals("Kind `member_inactive **days**` fired", SlackMrkdwn.fromMarkdown(
                "Kind `member_inactive **days**` fired"));
    }

    @Test
    void controlCharactersOfSlackAreEscapedSoNothingBecomesAMention() {
        assertEquals("&lt;!channel&gt; &amp; &lt;@U123&gt;", SlackMrkdwn.escape("<!channel> & <@U123>"));
        assertEquals("&lt;!here&gt; said *Ana*", SlackMrkdwn.fromMarkdown("<!here> said **Ana**"));
    }
}
