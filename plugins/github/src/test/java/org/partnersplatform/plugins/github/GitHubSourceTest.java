package org.partnersplatform.plugins.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.testkit.RecordedRequest;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;
import org.partnersplatform.testkit.TestSourceContext;

/** The pull path against recorded GitHub answers: mapping, paging, incremental runs and errors. */
class GitHubSourceTest {

    private final GitHubSource source = new GitHubSource();
    private ReplayServer server;
    private TestSourceContext context;

    /** Everything one run read. */
    private record Run(List<Page<ActivityRecord>> pages) {
        List<ActivityRecord> items() {
            return pages.stream().flatMap(p -> p.items().stream()).toList();
        }

        List<RejectedItem> rejected() {
            return pages.stream().flatMap(p -> p.rejected().stream()).toList();
        }

        ActivityRecord item(String id) {
            return items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
        }

        Checkpoint last() {
            return pages.get(pages.size() - 1).next();
        }
    }

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        context = TestSourceContext.create();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFullSyncEmitsMergedPullRequestsReviewsAndReleasesFollowingLinkHeaders() {
        GitHubReplay.serveBoth(server);

        Run run = run(config(GitHubReplay.OCTOKIT, GitHubReplay.GITHUB3), Checkpoint.START);

        assertEquals(35, run.items().size());
        assertEquals(28, run.items().stream().filter(i -> i.type().equals("pull_request_merged")).count(),
                "27 of octokit.rb's 30 closed pull requests were merged, and github3.py's one");
        ActivityRecord pr = run.item("pr-11729564");
        assertEquals("pull_request_merged", pr.type());
        assertEquals(Instant.parse("2014-01-22T00:47:17Z"), pr.occurredAt());
        assertEquals(new Actor("478247", "joeyw", "joeyw", null, "https://github.com/joeyw", false), pr.actor());
        assertEquals("https://github.com/octokit/octokit.rb/pull/411", pr.url());
        assertEquals("Fix client secret filter for cassette recording", pr.title());
        assertEquals(Map.of("repository", "octokit/octokit.rb", "number", "411"), pr.attributes());
        assertFalse(run.items().stream().anyMatch(i -> i.itemId().equals("pr-11316434")),
                "#400 was closed without being merged");
        assertEquals(List.of("/repos/octokit/octokit.rb/pulls", "/repositories/417862/pulls",
                        "/repositories/417862/pulls"),
                server.requests().stream().map(RecordedRequest::path).filter(p -> p.endsWith("/pulls"))
                        .limit(3).toList());
        assertEquals(6, run.pages().size(),
                "octokit.rb: three pages of pull requests and its releases; github3.py: pull requests, releases");
    }

    @Test
    void aMergedPullRequestCarriesItsSizeAndLabelsWhenGitHubGivesThem() {
        GitHubReplay.serveBoth(server);

        ActivityRecord pr = run(config(GitHubReplay.GITHUB3), Checkpoint.START).item("pr-103219362");

        assertEquals(Instant.parse("2017-01-27T22:24:35Z"), pr.occurredAt());
        assertEquals("omgjlk", pr.actor().username());
        assertEquals(Map.of("repository", "sigmavirus24/github3.py", "number", "671", "additions", "95",
                "deletions", "0", "changed_files", "4"), pr.attributes());
    }

    @Test
    void reviewsAreCreditedToTheirReviewerAtTheirSubmission() {
        GitHubReplay.serveBoth(server);

        Run run = run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        List<String> reviews = run.items().stream().filter(i -> i.itemId().startsWith("review-"))
                .map(i -> i.itemId() + " " + i.type() + " " + i.actor().username() + " " + i.occurredAt()).toList();
        assertEquals(List.of(
                "review-18663174 review_commented sigmavirus24 2017-01-26T16:35:28Z",
                "review-18707616 review_commented omgjlk 2017-01-26T19:47:48Z",
                "review-18709997 review_commented itsmemattchung 2017-01-26T19:58:51Z",
                "review-18901190 review_commented sigmavirus24 2017-01-27T18:32:22Z",
                "review-18901237 review_commented sigmavirus24 2017-01-27T18:32:35Z"), reviews);
        assertEquals("https://github.com/sigmavirus24/github3.py/pull/671#pullrequestreview-18663174",
                run.item("review-18663174").url());
    }

    @Test
    void reviewStatesMapToTheirTypesAndPendingOrUnsubmittedOnesAreSkipped() {
        GitHubReplay.serveBoth(server);
        server.on("GET", "/repos/" + GitHubReplay.GITHUB3 + "/pulls/671/reviews", "per_page=10")
                .respond(GitHubReplay.json("reviews_states.json"));

        Run run = run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        assertEquals("review_approved", run.item("review-18663174").type());
        assertEquals("review_changes_requested", run.item("review-18707616").type());
        assertTrue(run.items().stream().noneMatch(i -> i.itemId().equals("review-18709997")
                || i.itemId().equals("review-18901190")));
        assertEquals(List.of(new RejectedItem("review-18901237",
                "the author was deleted, so the activity cannot be credited")), run.rejected());
    }

    @Test
    void releasesAreCreditedToTheirAuthorAndDraftsAreSkipped() {
        GitHubReplay.serveBoth(server);
        server.on("GET", "/repos/" + GitHubReplay.GITHUB3 + "/releases", "per_page=10")
                .respond(GitHubReplay.json("releases_with_draft.json"));

        Run run = run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        List<ActivityRecord> releases = run.items().stream().filter(i -> i.type().equals("release_published"))
                .toList();
        assertEquals(List.of("release-742079", "release-76677"), releases.stream().map(ActivityRecord::itemId)
                .toList());
        assertEquals(Instant.parse("2014-11-29T02:40:20Z"), releases.get(0).occurredAt());
        assertEquals("240830", releases.get(0).actor().sourceUserId());
        assertEquals("0.9.3", releases.get(0).attributes().get("tag"));
    }

    @Test
    void anEmptyRepositoryEndsTheRunWithNothing() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/releases").respond(GitHubReplay.json("empty.json"));

        Run run = run(config(GitHubReplay.OCTOKIT), Checkpoint.START);

        assertEquals(List.of(), run.items());
        assertFalse(run.pages().get(run.pages().size() - 1).hasMore());
    }

    @Test
    void aPullRequestOfADeletedUserIsRejectedAndTheRunGoesOn() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(
                GitHubReplay.json("pulls_deleted_author.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls/411/reviews").respond(
                GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/releases").respond(GitHubReplay.json("empty.json"));

        Run run = run(config(GitHubReplay.OCTOKIT), Checkpoint.START);

        assertEquals(List.of(), run.items());
        assertEquals(List.of(new RejectedItem("pr-11729564",
                "the author was deleted, so the activity cannot be credited")), run.rejected());
    }

    @Test
    void aBotAccountIsFlagged() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(
                GitHubReplay.json("pulls_bot_author.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls/411/reviews").respond(
                GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/releases").respond(GitHubReplay.json("empty.json"));

        Actor actor = run(config(GitHubReplay.OCTOKIT), Checkpoint.START).item("pr-11729564").actor();

        assertEquals(new Actor("49699333", "dependabot[bot]", "dependabot[bot]", null,
                "https://github.com/apps/dependabot", true), actor);
    }

    @Test
    void requestsCarryTheTokenAndGitHubsMediaType() {
        GitHubReplay.serveBoth(server);

        run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        RecordedRequest first = server.requests().get(0);
        assertEquals("Bearer ghp_test0000", first.header("Authorization").orElseThrow());
        assertEquals("application/vnd.github+json", first.header("Accept").orElseThrow());
        assertEquals("/repos/sigmavirus24/github3.py/pulls?" + GitHubReplay.PULLS_QUERY, first.toString()
                .substring("GET ".length()));
    }

    @Test
    void aRenamedRepositoryIsFollowedThroughItsRedirect() {
        GitHubReplay.serveBoth(server);
        server.on("GET", "/repos/sigmavirus24/old-name/pulls").respond(ReplayResponse.status(301)
                .header("Location", "{baseUrl}/repos/" + GitHubReplay.GITHUB3 + "/pulls?" + GitHubReplay.PULLS_QUERY));
        server.on("GET", "/repos/sigmavirus24/old-name/pulls/671/reviews").respond(GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/sigmavirus24/old-name/releases").respond(GitHubReplay.json("empty.json"));

        Run run = run(config("sigmavirus24/old-name"), Checkpoint.START);

        assertEquals(List.of("pr-103219362"), run.items().stream().map(ActivityRecord::itemId).toList());
    }

    @Test
    void aRefusedTokenNamesTheTokenSetting() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(ReplayResponse.status(401)
                .body("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config(GitHubReplay.OCTOKIT), Checkpoint.START));

        assertEquals(List.of(new ConfigProblem("token", "GitHub refused the token (401: Bad credentials): create a "
                + "new personal access token or GitHub App installation token with read access to the "
                + "repositories' contents, pull requests and issues")), e.problems());
    }

    @Test
    void aForbiddenAnswerThatIsNotARateLimitSaysTheTokenLacksAccess() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(ReplayResponse.status(403)
                .body("{\"message\":\"Resource not accessible by personal access token\"}"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config(GitHubReplay.OCTOKIT), Checkpoint.START));

        assertEquals("token", e.problems().get(0).key());
        assertEquals("the token lacks access to the repository octokit/octokit.rb (403: Resource not accessible by "
                + "personal access token): grant it read access there, or ask the organization to approve it",
                e.problems().get(0).message());
        assertEquals(List.of(), context.waits(), "a refusal is not a rate limit: nothing to wait for");
    }

    @Test
    void aMissingRepositoryNamesTheRepositoriesSetting() {
        server.on("GET", "/repos/octokit/nope/pulls").respond(ReplayResponse.status(404)
                .body("{\"message\":\"Not Found\"}"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config("octokit/nope"), Checkpoint.START));

        assertEquals("repositories", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().startsWith("the repository octokit/nope was not found (404)"));
    }

    @Test
    void aSecondaryRateLimitWaitsWhatRetryAfterAsks() {
        server.on("GET", "/repos/" + GitHubReplay.GITHUB3 + "/pulls", GitHubReplay.PULLS_QUERY).respond(
                ReplayResponse.status(403).header("Retry-After", "20").body("{\"message\":\"You have exceeded a "
                        + "secondary rate limit. Please wait a few minutes before you try again.\"}"),
                GitHubReplay.json("pulls_github3py.json"));
        GitHubReplay.serveBoth(server);

        Run run = run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        assertEquals(List.of(Duration.ofSeconds(20)), context.waits());
        assertEquals(8, run.items().size());
    }

    @Test
    void aRateLimitResettingInAnHourEndsTheRunWithTheResetTime() {
        Instant reset = TestSourceContext.DEFAULT_NOW.plusSeconds(3600);
        server.on("GET", "/repos/" + GitHubReplay.GITHUB3 + "/pulls").respond(ReplayResponse.status(403)
                .header("x-ratelimit-limit", "60").header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", String.valueOf(reset.getEpochSecond()))
                .bodyFromResource(GitHubReplay.FIXTURES + "rate_limit_403.json"));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> run(config(GitHubReplay.GITHUB3), Checkpoint.START));

        assertEquals(reset, e.retryAt());
        assertEquals(List.of(), context.waits());
    }

    @Test
    void aSpentRateLimitIsWaitedOutAndEveryItemArrives() {
        long reset = TestSourceContext.DEFAULT_NOW.plusSeconds(30).getEpochSecond();
        server.on("GET", "/repos/" + GitHubReplay.GITHUB3 + "/pulls", GitHubReplay.PULLS_QUERY).respond(
                ReplayResponse.status(403).header("x-ratelimit-limit", "60").header("x-ratelimit-remaining", "0")
                        .header("x-ratelimit-reset", String.valueOf(reset))
                        .bodyFromResource(GitHubReplay.FIXTURES + "rate_limit_403.json"),
                GitHubReplay.json("pulls_github3py.json"));
        GitHubReplay.serveBoth(server);

        Run run = run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        assertEquals(List.of(Duration.ofSeconds(30)), context.waits());
        assertEquals(8, run.items().size());
    }

    @Test
    void aRunAfterACompleteOneReadsOnlyWhatWasUpdatedSince() {
        GitHubReplay.serveBoth(server);
        SourceConfig config = config(GitHubReplay.OCTOKIT, GitHubReplay.GITHUB3);
        Checkpoint done = run(config, Checkpoint.START).last();

        Run next = run(config, done);

        assertEquals(List.of(), next.items());
        assertTrue(done.token().contains("since=2025-01-15T11%3A50%3A00Z"), done.token());
    }

    @Test
    void aNewSessionResumesAfterTheLastPageRead() {
        GitHubReplay.serveBoth(server);
        SourceConfig config = config(GitHubReplay.OCTOKIT);
        Checkpoint afterFirstPage;
        try (PagedSession<ActivityRecord> session = source.open(config, context)) {
            afterFirstPage = session.fetch(Checkpoint.START).next();
        }

        Run resumed = run(config, afterFirstPage);

        assertEquals(17, resumed.items().size(), "pages 2 and 3 hold 17 merged pull requests");
        assertEquals("pr-10961392", resumed.items().get(0).itemId(), "#385 is the first pull request of page 2");
    }

    @Test
    void openedIssuesAreReadPageByPageWhenEnabled() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/releases").respond(GitHubReplay.json("empty.json"));
        String query = "state=all&sort=updated&direction=asc&per_page=3";
        for (int page = 1; page <= 5; page++) {
            ReplayResponse response = GitHubReplay.json("issues_page_" + page + ".json");
            if (page < 5) {
                response = response.header("Link", "<{baseUrl}/repositories/515435940/issues?" + query + "&page="
                        + (page + 1) + ">; rel=\"next\"");
            }
            if (page == 1) {
                server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/issues", query).respond(response);
            } else {
                server.on("GET", "/repositories/515435940/issues", query + "&page=" + page).respond(response);
            }
        }
        SourceConfig config = GitHubReplay.config(server, Map.of("includeIssues", "true", "pageSize", "3"),
                GitHubReplay.OCTOKIT);

        Run run = run(config, Checkpoint.START);

        assertEquals(13, run.items().size());
        ActivityRecord first = run.items().get(0);
        assertEquals("issue-1308968677", first.itemId());
        assertEquals("issue_opened", first.type());
        assertEquals(Instant.parse("2022-07-19T04:38:40Z"), first.occurredAt());
        assertEquals("octokit-fixture-user-a", first.actor().username());
    }

    @Test
    void anOrganizationsRepositoriesAreListedAndReadInTurn() {
        GitHubReplay.serveBoth(server);
        server.on("GET", "/orgs/octokit/repos", "type=all&sort=full_name&direction=asc&per_page=10")
                .respond(GitHubReplay.json("org_repos.json"));
        SourceConfig config = GitHubReplay.config(server, Map.of("organization", "octokit"));

        Run run = run(config, Checkpoint.START);

        assertEquals(35, run.items().size());
        assertEquals("/orgs/octokit/repos", server.requests().get(0).path());
    }

    @Test
    void aMissingOrganizationNamesTheOrganizationSetting() {
        server.on("GET", "/orgs/nobody/repos").respond(ReplayResponse.status(404).body("{\"message\":\"Not Found\"}"));
        SourceConfig config = GitHubReplay.config(server, Map.of("organization", "nobody"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(config, Checkpoint.START));

        assertEquals("organization", e.problems().get(0).key());
    }

    @Test
    void issueCommentsAreReadWhenEnabled() {
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls").respond(GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/releases").respond(GitHubReplay.json("empty.json"));
        server.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/issues/comments",
                "sort=updated&direction=asc&per_page=10").respond(GitHubReplay.json("issue_comments.json"));
        SourceConfig config = GitHubReplay.config(server, Map.of("includeComments", "true"), GitHubReplay.OCTOKIT);

        Run run = run(config, Checkpoint.START);

        assertEquals(List.of("issue-comment-1190000000 issue_comment 31898046 2022-07-19T04:38:40Z",
                        "issue-comment-1190000001 issue_comment 31898046 2022-07-19T04:38:43Z"),
                run.items().stream().map(i -> i.itemId() + " " + i.type() + " " + i.actor().sourceUserId() + " "
                        + i.occurredAt()).toList());
        assertEquals(List.of("pull_request_merged", "review_approved", "review_changes_requested", "review_commented",
                "release_published", "issue_comment"), source.activityTypes(config).stream()
                .map(t -> t.key()).toList());
    }

    @Test
    void itemsSharingTheHighWaterInstantAcrossAPageBoundaryAreEachReadOnce() {
        serveTiePages(server);
        SourceConfig config = config(GitHubReplay.OCTOKIT);
        Checkpoint afterFirstPage;
        try (PagedSession<ActivityRecord> session = source.open(config, context)) {
            afterFirstPage = session.fetch(Checkpoint.START).next();
        }
        assertTrue(afterFirstPage.token().contains("hw=2014-01-09T03%3A04%3A09Z&ids=11198546"),
                afterFirstPage.token());

        try (ReplayServer later = ReplayServer.start()) {
            serveTiePages(later);
            run(GitHubReplay.config(later, Map.of(), GitHubReplay.OCTOKIT), afterFirstPage);

            List<String> reviewed = later.requests().stream().map(RecordedRequest::path)
                    .filter(p -> p.endsWith("/reviews")).toList();
            assertTrue(reviewed.contains("/repos/octokit/octokit.rb/pulls/400/reviews"), reviewed.toString());
            assertFalse(reviewed.contains("/repos/octokit/octokit.rb/pulls/396/reviews"), reviewed.toString());
        }
    }

    @Test
    void aListThatMovedSinceTheCheckpointIsReadAgainFromItsStart() {
        GitHubReplay.serveBoth(server);
        SourceConfig config = config(GitHubReplay.OCTOKIT);
        Checkpoint afterSecondPage;
        try (PagedSession<ActivityRecord> session = source.open(config, context)) {
            afterSecondPage = session.fetch(session.fetch(Checkpoint.START).next()).next();
        }

        try (ReplayServer later = ReplayServer.start()) {
            later.on("GET", "/repositories/417862/pulls", GitHubReplay.PULLS_QUERY + "&page=2")
                    .respond(GitHubReplay.json("pulls_octokit_page_3.json"));
            GitHubReplay.serveBoth(later);
            Run resumed = run(GitHubReplay.config(later, Map.of(), GitHubReplay.OCTOKIT), afterSecondPage);

            assertEquals(List.of("/repositories/417862/pulls", "/repos/octokit/octokit.rb/pulls"),
                    later.requests().stream().map(RecordedRequest::path).limit(2).toList(),
                    "the hint page now starts with an unread item, so the list is read from the start");
            assertEquals(7, resumed.items().size(), "only the merged pull requests of the last page are new");
        }
    }

    private static void serveTiePages(ReplayServer replay) {
        replay.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls", GitHubReplay.PULLS_QUERY).respond(
                GitHubReplay.json("pulls_tie_page_1.json").header("Link", "<{baseUrl}/repositories/417862/pulls?"
                        + GitHubReplay.PULLS_QUERY + "&page=2>; rel=\"next\""));
        replay.on("GET", "/repositories/417862/pulls", GitHubReplay.PULLS_QUERY + "&page=2")
                .respond(GitHubReplay.json("pulls_tie_page_2.json"));
        for (int number : GitHubReplay.OCTOKIT_NUMBERS) {
            replay.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/pulls/" + number + "/reviews")
                    .respond(GitHubReplay.json("empty.json"));
        }
        replay.on("GET", "/repos/" + GitHubReplay.OCTOKIT + "/releases").respond(GitHubReplay.json("empty.json"));
    }

    @Test
    void anUnreadableItemIsRejectedAndTheRunGoesOn() {
        GitHubReplay.serveBoth(server);
        server.on("GET", "/repos/" + GitHubReplay.GITHUB3 + "/releases", "per_page=10").respond(ReplayResponse.ok(
                "[{\"id\": 1, \"draft\": false, \"published_at\": \"last Tuesday\", \"author\": null}]"));

        Run run = run(config(GitHubReplay.GITHUB3), Checkpoint.START);

        assertEquals(List.of(new RejectedItem("release-1 of sigmavirus24/github3.py",
                "unreadable: the field published_at is not an ISO-8601 instant: last Tuesday")), run.rejected());
        assertEquals(6, run.items().size(), "the pull request and its five reviews");
    }

    @Test
    void anEnterpriseServerIsReadUnderItsApiPath() {
        server.on("GET", "/api/v3/repos/" + GitHubReplay.GITHUB3 + "/pulls").respond(
                GitHubReplay.json("pulls_github3py.json"));
        server.on("GET", "/api/v3/repos/" + GitHubReplay.GITHUB3 + "/pulls/671/reviews").respond(
                GitHubReplay.json("empty.json"));
        server.on("GET", "/api/v3/repos/" + GitHubReplay.GITHUB3 + "/releases").respond(
                GitHubReplay.json("empty.json"));
        SourceConfig config = GitHubReplay.config(server, Map.of("baseUrl", server.baseUrl() + "/api/v3/"),
                GitHubReplay.GITHUB3);

        Run run = run(config, Checkpoint.START);

        assertEquals(List.of("pr-103219362"), run.items().stream().map(ActivityRecord::itemId).toList());
    }

    @Test
    void validationRefusesMalformedNamesWithoutCallingGitHub() {
        SourceConfig config = GitHubSourceConfig.SCHEMA.validate(Map.of("token", "t", "repositories",
                "octokit", "pageSize", "500"));

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> source.validate(config));

        assertEquals(List.of("repositories", "pageSize"), e.problems().stream().map(ConfigProblem::key).toList());
        assertEquals(List.of(), server.requests());
    }

    private SourceConfig config(String... repositories) {
        return GitHubReplay.config(server, Map.of(), repositories);
    }

    private Run run(SourceConfig config, Checkpoint from) {
        List<Page<ActivityRecord>> pages = new ArrayList<>();
        try (PagedSession<ActivityRecord> session = source.open(config, context)) {
            Checkpoint checkpoint = from;
            while (true) {
                Page<ActivityRecord> page = session.fetch(checkpoint);
                pages.add(page);
                if (!page.hasMore()) {
                    return new Run(pages);
                }
                checkpoint = page.next();
            }
        }
    }
}
