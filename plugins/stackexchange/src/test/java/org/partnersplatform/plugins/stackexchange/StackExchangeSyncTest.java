package org.partnersplatform.plugins.stackexchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * A full sync of the recorded Stack Overflow questions and answers, served page by page and gzipped by the fake API
 * as the real one serves them.
 */
class StackExchangeSyncTest {

    private FakeStackExchangeApi api;

    @BeforeEach
    void startApi() {
        api = FakeStackExchangeApi.start();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private SourceConfig config(String tags, String pageSize) {
        return StackExchangeSourceConfig.SCHEMA.validate(Map.of(
                "baseUrl", api.baseUrl(), "tags", tags, "pageSize", pageSize, "apiKey", "k3y((test"));
    }

    @Test
    void aTagIsReadInPagesOfQuestionsByActivityWithAllTheirAnswers() {
        List<Page<ActivityRecord>> pages = Runs.pages(config("c", "3"), TestSourceContext.create(), Checkpoint.START);

        // min is inclusive, so each later page holds the previous page's last question again, skipped as seen.
        assertEquals(4, pages.size());
        assertEquals(List.of("answer-16092151", "answer-15161819", "answer-15161860"), Runs.ids(pages.get(0)));
        assertEquals(List.of("answer-11656571", "answer-11656585", "answer-11657653", "answer-11661502",
                "answer-27237843", "answer-28970797", "answer-9846940", "answer-9847344"), Runs.ids(pages.get(1)));
        assertEquals(List.of("answer-1088643", "answer-1088644", "answer-1088650", "answer-1088667",
                "answer-1088782", "answer-1095006", "answer-14632340", "answer-24227019", "answer-43250211",
                "answer-4352822", "answer-4352928"), Runs.ids(pages.get(2)));
        assertEquals(List.of("answer-10468181", "answer-24542015", "answer-30716813", "answer-54179893"),
                Runs.ids(pages.get(3)));
        assertEquals(List.of(true, true, true, false), pages.stream().map(Page::hasMore).toList());
        assertEquals("{\"v\":1,\"current\":\"c\",\"tags\":{\"c\":{\"since\":1461433608,\"seen\":[15161774]}}}",
                pages.get(0).next().token());
        assertEquals("{\"v\":1,\"tags\":{\"c\":{\"since\":1712206966,\"seen\":[10468128]}}}",
                pages.get(3).next().token());
    }

    @Test
    void anAcceptedAnswerIsAContributionCreditedToItsOwnerAtItsCreation() {
        List<Page<ActivityRecord>> pages = Runs.pages(config("c", "3"), TestSourceContext.create(), Checkpoint.START);
        ActivityRecord accepted = pages.get(0).items().get(0);
        ActivityRecord other = pages.get(0).items().get(2);

        assertEquals(new ActivityRecord("answer-16092151", "accepted_answer", Instant.ofEpochSecond(1366315750),
                new Actor("733077", "luser droog", "luser droog", null,
                        "https://stackoverflow.com/users/733077/luser-droog", false),
                "https://stackoverflow.com/a/16092151", "Making an Array to Hold Arrays of Character Arrays in C",
                Map.of("site", "stackoverflow", "tag", "c", "questionId", "16091848"), null), accepted);
        assertEquals("answer_posted", other.type());
        assertEquals("236222", other.actor().sourceUserId());
        assertEquals(Instant.ofEpochSecond(1362153837), other.occurredAt());
        assertEquals("How to create an array of strings in C?", other.title());
    }

    @Test
    void aQuestionWithSeveralConfiguredTagsIsCountedOnceUnderTheFirst() {
        List<Page<ActivityRecord>> pages = Runs.pages(config("c\narrays", "3"), TestSourceContext.create(),
                Checkpoint.START);
        List<String> ids = Runs.ids(pages);

        assertEquals(30, ids.size());
        assertEquals(30, ids.stream().distinct().count());
        List<ActivityRecord> underArrays = pages.stream().flatMap(p -> p.items().stream())
                .filter(r -> r.attributes().get("tag").equals("arrays")).toList();
        assertEquals(List.of("answer-476851", "answer-477041", "answer-1983022", "answer-12865570"),
                underArrays.stream().map(ActivityRecord::itemId).toList());
        assertEquals("Georg Sch\u00f6lly", underArrays.get(0).actor().displayName());
    }

    @Test
    void theGzippedBodiesAreReadAndTheRequestsCarryTheSiteFilterAndKey() {
        Runs.pages(config("c", "3"), TestSourceContext.create(), Checkpoint.START);

        List<String> requests = api.requests();
        assertEquals("/2.3/questions?tagged=c&sort=activity&order=asc&page=1&pagesize=3&site=stackoverflow"
                + "&filter=default&key=k3y%28%28test", requests.get(0));
        assertEquals("/2.3/questions/16091848;33587981;15161774/answers?sort=creation&order=asc&page=1"
                + "&pagesize=100&site=stackoverflow&filter=default&key=k3y%28%28test", requests.get(1));
        assertEquals("/2.3/questions?tagged=c&sort=activity&order=asc&min=1461433608&page=1&pagesize=3"
                + "&site=stackoverflow&filter=default&key=k3y%28%28test", requests.get(2));
    }

    @Test
    void aRunFromTheLastCheckpointOfACompleteRunEmitsNothingNew() {
        List<Page<ActivityRecord>> first = Runs.pages(config("c", "3"), TestSourceContext.create(), Checkpoint.START);

        List<Page<ActivityRecord>> again = Runs.pages(config("c", "3"), TestSourceContext.create(),
                first.get(first.size() - 1).next());

        assertEquals(List.of(), Runs.ids(again));
        assertEquals(first.get(first.size() - 1).next(), again.get(again.size() - 1).next());
    }
}
