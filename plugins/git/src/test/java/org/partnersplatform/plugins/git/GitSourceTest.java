package org.partnersplatform.plugins.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.testkit.PullSourceContract;
import org.partnersplatform.testkit.TestSourceContext;

/**
 * The git source against a real repository: main has two authors' commits, a feature branch merged into it, a bot's
 * commit and a long message; an unmerged experiment branch forks from main. The inherited contract checks run with
 * a page size of 3, so the history is read across several checkpoints.
 */
class GitSourceTest extends PullSourceContract {

    private static final String URL_TEMPLATE = "https://github.com/example/partners/commit/{sha}";

    @TempDir
    Path temp;

    private TestRepository repo;
    private RevCommit c1;
    private RevCommit c2;
    private RevCommit f1;
    private RevCommit f2;
    private RevCommit c3;
    private RevCommit e1;
    private RevCommit merge;
    private RevCommit bot;
    private RevCommit c5;

    @BeforeEach
    void buildRepository() {
        repo = TestRepository.init(temp.resolve("partners"));
        c1 = repo.commit("Ada Lovelace", "ada@example.org", "2024-01-10T09:00:00Z", "Add the engine");
        c2 = repo.commit("Grace Hopper", "grace@example.org", "2024-01-20T14:30:00Z",
                "Compile the manual\n\nWith a body that is not the title.\n");
        repo.branch("feature");
        f1 = repo.commit("Linus", "linus@example.org", "2024-02-05T08:00:00Z", "Start the feature");
        f2 = repo.commit("Linus", "linus@example.org", "2024-02-12T08:00:00Z", "Finish the feature");
        repo.checkout("main");
        c3 = repo.commit("Ada Lovelace", "ada@work.example", "2024-02-08T10:00:00Z", "Fix the notes");
        repo.branch("experiment");
        e1 = repo.commit("Alan Turing", "alan@example.org", "2024-02-20T11:00:00Z", "Try a machine");
        repo.checkout("main");
        merge = repo.merge("feature", "Ada Lovelace", "ada@example.org", "2024-03-01T12:00:00Z");
        bot = repo.commit("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                "2024-03-15T03:00:00Z", "Bump junit from 5.10 to 5.11");
        c5 = repo.commit("Grace Hopper", "grace@example.org", "2024-04-02T16:45:00Z",
                "x".repeat(250) + "\n\nbody");
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    @Override
    protected PullSource source() {
        return new GitSource();
    }

    @Override
    protected SourceConfig config() {
        return config(Map.of("path", repo.directory().toString(), "pageSize", "3",
                "commitUrlTemplate", URL_TEMPLATE));
    }

    @Override
    protected SourceContext newContext() {
        return TestSourceContext.create();
    }

    @Test
    void emitsEveryNonMergeCommitOfTheBranchOnceOldestFirst() {
        List<String> ids = ids(runFrom(Checkpoint.START, config()).items());

        assertEquals(shas(c1, c2, f1, f2, c3, bot, c5), Set.copyOf(ids));
        assertEquals(7, ids.size());
        assertEquals(c1.getName(), ids.get(0));
        assertEquals(c5.getName(), ids.get(6));
        assertBefore(ids, c2, f1);
        assertBefore(ids, f1, f2);
        assertBefore(ids, c2, c3);
        assertBefore(ids, f2, bot);
        assertBefore(ids, c3, bot);
        assertFalse(ids.contains(merge.getName()), "the merge commit is not an activity");
        assertFalse(ids.contains(e1.getName()), "a commit of another branch is not read");
    }

    @Test
    void mapsTheAuthorDateTheAuthorTheFirstLineAndTheCommitUrl() {
        Map<String, ActivityRecord> byId = byId(runFrom(Checkpoint.START, config()).items());

        assertEquals(new ActivityRecord(c2.getName(), "commit", Instant.parse("2024-01-20T14:30:00Z"),
                new Actor(null, null, "Grace Hopper", "grace@example.org", null, false),
                "https://github.com/example/partners/commit/" + c2.getName(), "Compile the manual",
                Map.of("repository", "partners"), null), byId.get(c2.getName()));
        assertEquals(Instant.parse("2024-02-05T08:00:00Z"), byId.get(f1.getName()).occurredAt());
        assertEquals("ada@work.example", byId.get(c3.getName()).actor().email());
        assertTrue(byId.get(bot.getName()).actor().bot(), "dependabot[bot] is a bot");
        assertFalse(byId.get(c1.getName()).actor().bot(), "Ada is not a bot");
        String longTitle = byId.get(c5.getName()).title();
        assertEquals(200, longTitle.length());
        assertEquals("x".repeat(199) + "\u2026", longTitle);
    }

    @Test
    void withoutATemplateACommitHasNoUrl() {
        SourceConfig config = config(Map.of("path", repo.directory().toString()));

        assertTrue(runFrom(Checkpoint.START, config).items().stream().allMatch(r -> r.url() == null));
    }

    @Test
    void theFinalCheckpointIsTheBranchTipAndASecondRunFromItEmitsNothing() {
        Run first = runFrom(Checkpoint.START, config());

        assertEquals(c5.getName(), first.last().token());
        Run second = runFrom(first.last(), config());
        assertEquals(List.of(), second.items());
        assertEquals(1, second.pages());
        assertEquals(first.last(), second.last());
    }

    @Test
    void afterACompleteRunOnlyNewCommitsAreEmitted() {
        Checkpoint done = runFrom(Checkpoint.START, config()).last();
        repo.branch("docs");
        RevCommit d1 = repo.commit("Mary Shelley", "mary@example.org", "2024-05-02T10:00:00Z", "Write the guide");
        repo.checkout("main");
        RevCommit c6 = repo.commit("Ada Lovelace", "ada@example.org", "2024-05-03T10:00:00Z", "Tune the engine");
        RevCommit merge2 = repo.merge("docs", "Grace Hopper", "grace@example.org", "2024-05-04T10:00:00Z");
        RevCommit c7 = repo.commit("Grace Hopper", "grace@example.org", "2024-05-05T10:00:00Z", "Release 2.0");

        Run next = runFrom(done, config());

        assertEquals(shas(d1, c6, c7), Set.copyOf(ids(next.items())));
        assertEquals(3, next.items().size());
        assertEquals(c7.getName(), next.last().token());
        assertFalse(ids(next.items()).contains(merge2.getName()));
    }

    @Test
    void commitsAddedWhileARunIsInterruptedAreReadWithoutHolesOrDuplicates() {
        List<String> seen = new ArrayList<>();
        Checkpoint afterFirstPage;
        try (PagedSession<ActivityRecord> session = source().open(config(), newContext())) {
            Page<ActivityRecord> page = session.fetch(Checkpoint.START);
            assertTrue(page.hasMore());
            seen.addAll(ids(page.items()));
            afterFirstPage = page.next();
        }
        RevCommit c6 = repo.commit("Ada Lovelace", "ada@example.org", "2024-05-03T10:00:00Z", "Tune the engine");

        seen.addAll(ids(runFrom(afterFirstPage, config()).items()));

        assertEquals(shas(c1, c2, f1, f2, c3, bot, c5, c6), Set.copyOf(seen));
        assertEquals(8, seen.size(), "no commit is emitted twice: " + seen);
    }

    @Test
    void aCheckpointBetweenABranchAndItsMergeNamesBothHeadsAndResumesExactly() {
        SourceConfig fivePerPage = config(Map.of("path", repo.directory().toString(), "pageSize", "5"));
        Checkpoint afterFirstPage;
        try (PagedSession<ActivityRecord> session = source().open(fivePerPage, newContext())) {
            Page<ActivityRecord> page = session.fetch(Checkpoint.START);
            assertEquals(shas(c1, c2, f1, f2, c3), Set.copyOf(ids(page.items())));
            afterFirstPage = page.next();
        }

        assertEquals(String.join(",", new TreeSet<>(shas(f2, c3))), afterFirstPage.token());
        assertEquals(shas(bot, c5), Set.copyOf(ids(runFrom(afterFirstPage, fivePerPage).items())));
    }

    @Test
    void theBranchSettingReadsThatBranchByNameOrFullRef() {
        SourceConfig experiment = config(Map.of("path", repo.directory().toString(), "branch", "experiment"));
        SourceConfig feature = config(Map.of("path", repo.directory().toString(), "branch", "refs/heads/feature"));

        assertEquals(shas(c1, c2, c3, e1), Set.copyOf(ids(runFrom(Checkpoint.START, experiment).items())));
        assertEquals(shas(c1, c2, f1, f2), Set.copyOf(ids(runFrom(Checkpoint.START, feature).items())));
    }

    @Test
    void aBareMirrorIsReadAndNamedWithoutItsGitSuffix() throws Exception {
        Path mirror = temp.resolve("partners.git");
        Git.cloneRepository().setURI(repo.directory().toUri().toString()).setDirectory(mirror.toFile())
                .setBare(true).call().close();
        SourceConfig config = config(Map.of("path", mirror.toString()));
        source().validate(config);

        List<ActivityRecord> items = runFrom(Checkpoint.START, config).items();

        assertEquals(shas(c1, c2, f1, f2, c3, bot, c5), Set.copyOf(ids(items)));
        assertEquals(Map.of("repository", "partners"), items.get(0).attributes());
    }

    @Test
    void aCheckpointCommitThatNoLongerExistsIsIgnoredAndItsHistoryReadAgain() {
        Checkpoint rewritten = Checkpoint.of("0123456789abcdef0123456789abcdef01234567");

        Run run = runFrom(rewritten, config());

        assertEquals(shas(c1, c2, f1, f2, c3, bot, c5), Set.copyOf(ids(run.items())));
        assertEquals(c5.getName(), run.last().token());
    }

    @Test
    void aCommitWhoseAuthorHasNoEmailIsRejectedAndTheRunGoesOn() {
        try (TestRepository anonymous = TestRepository.init(temp.resolve("anonymous"))) {
            RevCommit first = anonymous.commit("Ada Lovelace", "ada@example.org", "2024-01-10T09:00:00Z", "One");
            RevCommit noEmail = anonymous.commit("Nobody", "", "2024-01-11T09:00:00Z", "Two");
            RevCommit third = anonymous.commit("Ada Lovelace", "ada@example.org", "2024-01-12T09:00:00Z", "Three");
            SourceConfig config = config(Map.of("path", anonymous.directory().toString()));

            Run run = runFrom(Checkpoint.START, config);

            assertEquals(List.of(first.getName(), third.getName()), ids(run.items()));
            assertEquals(List.of(new RejectedItem(noEmail.getName(),
                    "the commit's author has no email, so it cannot be linked to a person")), run.rejected());
        }
    }

    @Test
    void aMissingDirectoryIsRefusedNamingThePath() {
        SourceConfig config = config(Map.of("path", temp.resolve("nowhere").toString()));

        assertProblems(() -> source().validate(config), "path: is not an existing directory on the host");
    }

    @Test
    void aDirectoryThatIsNotARepositoryIsRefusedNamingThePath() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        SourceConfig config = config(Map.of("path", plain.toString()));

        assertProblems(() -> source().validate(config),
                "path: is not a git repository (neither a clone nor a bare mirror)");
    }

    @Test
    void aPageSizeBelowOneAndATemplateWithoutShaAreRefused() {
        SourceConfig config = config(Map.of("path", repo.directory().toString(), "pageSize", "0",
                "commitUrlTemplate", "https://github.com/example/partners"));

        assertProblems(() -> source().validate(config),
                "pageSize: must be a whole number from 1 to 2147483647",
                "commitUrlTemplate: must be an http or https URL containing {sha}");
    }

    @Test
    void aBranchThatDoesNotExistIsRefusedNamingTheBranch() {
        SourceConfig config = config(Map.of("path", repo.directory().toString(), "branch", "release/9.9"));
        source().validate(config);

        try (PagedSession<ActivityRecord> session = source().open(config, newContext())) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                    () -> session.fetch(Checkpoint.START));
            assertEquals("branch", e.problems().get(0).key());
        }
    }

    @Test
    void obviousBotsAreMarkedAndPeopleAreNot() {
        assertTrue(GitSource.isBot("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com"));
        assertTrue(GitSource.isBot("GitHub", "noreply@github.com"));
        assertTrue(GitSource.isBot("Renovate Bot", "bot@renovateapp.com"));
        assertTrue(GitSource.isBot("release-bot", "release@example.org"));
        assertFalse(GitSource.isBot("Abbot Costello", "abbot@example.org"));
        assertFalse(GitSource.isBot("Ada Lovelace", "12345+ada@users.noreply.github.com"));
    }

    @Test
    void anEmptyMessageHasNoTitle() {
        assertNull(GitSource.title("\n\n"));
        assertEquals("Fix it", GitSource.title("  Fix it  \nmore"));
    }

    private record Run(List<ActivityRecord> items, List<RejectedItem> rejected, Checkpoint last, int pages) {
    }

    private Run runFrom(Checkpoint from, SourceConfig config) {
        List<ActivityRecord> items = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        Checkpoint checkpoint = from;
        int pages = 0;
        try (PagedSession<ActivityRecord> session = source().open(config, newContext())) {
            while (true) {
                Page<ActivityRecord> page = session.fetch(checkpoint);
                pages++;
                items.addAll(page.items());
                rejected.addAll(page.rejected());
                checkpoint = page.next();
                if (!page.hasMore()) {
                    return new Run(items, rejected, checkpoint, pages);
                }
            }
        }
    }

    private static SourceConfig config(Map<String, String> values) {
        return GitSourceConfig.SCHEMA.validate(new HashMap<>(values));
    }

    private static List<String> ids(List<ActivityRecord> items) {
        return items.stream().map(ActivityRecord::itemId).toList();
    }

    private static Map<String, ActivityRecord> byId(List<ActivityRecord> items) {
        return items.stream().collect(Collectors.toMap(ActivityRecord::itemId, r -> r));
    }

    private static Set<String> shas(RevCommit... commits) {
        return Arrays.stream(commits).map(RevCommit::getName).collect(Collectors.toSet());
    }

    private static void assertBefore(List<String> ids, RevCommit earlier, RevCommit later) {
        assertTrue(ids.indexOf(earlier.getName()) < ids.indexOf(later.getName()),
                earlier.getShortMessage() + " comes before " + later.getShortMessage() + " in " + ids);
    }

    private static void assertProblems(Executable check, String... expected) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, check);
        assertEquals(List.of(expected), e.problems().stream().map(ConfigProblem::toString).toList());
    }
}
