package org.partnersplatform.plugins.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.plugins.github.GitHubCheckpoint.Stream;
import org.partnersplatform.plugins.github.GitHubClient.ListPage;
import org.partnersplatform.plugins.github.GitHubClient.Target;
import org.slf4j.Logger;

/**
 * One sync run: for each repository in turn, closed pull requests (merged ones and their reviews), releases, and
 * when enabled issues and issue comments. One page of the core is one page of GitHub's list.
 *
 * <p>Why the checkpoint is a high-water mark and not GitHub's page number: lists are read sorted by {@code updated_at}
 * ascending, and an item updated during the run moves to the end, shifting every later item one place earlier, so a
 * page number would skip an item (a hole). The token instead keeps the greatest {@code updated_at} read in the stream
 * and the ids read at exactly that instant: an item is skipped only if it is older, or at that instant and already
 * read, so resuming anywhere leaves no hole and repeats nothing unchanged. The path of the last page read rides along
 * as a hint: a new session re-reads that page and continues from its {@code next} link when its first item is
 * already read (nothing before it can be unread), and starts the stream over otherwise. Within a session the next
 * page is simply remembered. A pass records when it started (less {@link #CLOCK_SKEW_MARGIN}); the next pass reads
 * only what was updated since, so a run after a complete one is incremental. The pull request list cannot be
 * filtered by date, so its older pages are still listed (cheaply: nothing on them is mapped or expanded).
 */
final class GitHubSession implements PagedSession<ActivityRecord> {

    /** How far the pass start is moved back, for GitHub's clock being ahead of ours. */
    static final Duration CLOCK_SKEW_MARGIN = Duration.ofMinutes(10);

    private final GitHubSourceConfig config;
    private final SourceContext context;
    private final GitHubClient client;
    private final Logger log;
    private final Map<String, String> nextPages = new HashMap<>();
    private List<String> repositories;
    private int emitted;
    private int rejected;

    GitHubSession(GitHubSourceConfig config, SourceContext context) {
        this.config = config;
        this.context = context;
        this.client = new GitHubClient(context.http(), config.baseUrl(), config.token());
        this.log = context.logger();
    }

    @Override
    public Page<ActivityRecord> fetch(Checkpoint from) {
        GitHubCheckpoint position = GitHubCheckpoint.parse(from);
        List<String> repos = repositories();
        if (position == null || position.isCompletedPass()) {
            Optional<Instant> since = position == null ? Optional.empty() : position.since();
            log.info("GitHub: reading {} repositories, {}", repos.size(),
                    since.map(s -> "items updated since " + s).orElse("all history"));
            GitHubCheckpoint start = GitHubCheckpoint.startOfPass(since,
                    context.clock().instant().minus(CLOCK_SKEW_MARGIN));
            if (repos.isEmpty()) {
                return finish(new GitHubRecords.Batch(), start);
            }
            position = start.at(0, repos.get(0), Stream.PULLS);
        } else {
            position = locate(position, repos);
            if (position.isCompletedPass()) {
                return finish(new GitHubRecords.Batch(), position);
            }
        }
        String repository = repos.get(position.repositoryIndex());
        return switch (position.stream()) {
            case RELEASES -> releases(position, repository, repos);
            case PULLS, ISSUES, COMMENTS -> listing(from, position, repository, repos);
        };
    }

    /** The position's repository in this session's list, found by name if the list changed since. */
    private GitHubCheckpoint locate(GitHubCheckpoint position, List<String> repos) {
        String name = position.repository().orElseThrow();
        int index = position.repositoryIndex();
        if (index < repos.size() && repos.get(index).equalsIgnoreCase(name)) {
            return position;
        }
        for (int i = 0; i < repos.size(); i++) {
            if (repos.get(i).equalsIgnoreCase(name)) {
                return new GitHubCheckpoint(position.since(), position.passStart(), i, position.repository(),
                        position.stream(), position.highWater(), position.idsAtHighWater(), position.page());
            }
        }
        log.warn("GitHub: the repository {} is no longer configured; reading this pass's repositories again", name);
        GitHubCheckpoint restart = GitHubCheckpoint.startOfPass(position.since(), position.passStart());
        return repos.isEmpty() ? restart : restart.at(0, repos.get(0), Stream.PULLS);
    }

    private Page<ActivityRecord> listing(Checkpoint from, GitHubCheckpoint position, String repository,
                                         List<String> repos) {
        Target target = repositoryTarget(repository);
        String remembered = nextPages.get(from.token());
        ListPage page;
        if (remembered != null) {
            page = client.list(remembered, target);
        } else if (position.page().isPresent()) {
            page = client.list(position.page().get(), target);
            if (page.items().isEmpty() || !isRead(position, page.items().get(0))) {
                log.info("GitHub {}: the list moved since the checkpoint; reading the {} from the start", repository,
                        position.stream().name().toLowerCase(Locale.ROOT));
                page = client.list(firstPage(position, repository), target);
            }
        } else {
            page = client.list(firstPage(position, repository), target);
        }
        GitHubRecords.Batch batch = new GitHubRecords.Batch();
        GitHubCheckpoint after = position;
        for (Map<String, Object> item : page.items()) {
            Instant updatedAt = updatedAt(item);
            String id = Json.requiredNumber(item, "id", "an item of " + repository);
            if (after.isRead(updatedAt, id)) {
                continue;
            }
            try {
                map(position.stream(), item, repository, batch);
            } catch (MalformedDataException e) {
                batch.reject(position.stream().name().toLowerCase(Locale.ROOT) + "-" + id + " of " + repository,
                        "unreadable: " + e.getMessage());
            }
            after = after.after(updatedAt, id);
        }
        if (page.next().isEmpty()) {
            return endOfStream(batch, after, repos);
        }
        Checkpoint next = after.withPage(page.path()).toCheckpoint();
        nextPages.put(next.token(), page.next().get());
        return page(batch, next, true);
    }

    private void map(Stream stream, Map<String, Object> item, String repository, GitHubRecords.Batch batch) {
        switch (stream) {
            case PULLS -> {
                GitHubRecords.pullRequest(item, repository, batch);
                String number = Json.requiredNumber(item, "number", "a pull request of " + repository);
                String path = client.endpoint("/repos/" + repository + "/pulls/" + number + "/reviews?per_page="
                        + config.pageSize());
                for (Map<String, Object> review : readAll(path, repositoryTarget(repository))) {
                    GitHubRecords.review(review, item, repository, batch);
                }
            }
            case ISSUES -> GitHubRecords.issue(item, repository, batch);
            case COMMENTS -> GitHubRecords.issueComment(item, repository, batch);
            case RELEASES -> throw new IllegalStateException("releases are not read as an updated-at listing");
        }
    }

    /**
     * Every release of the repository in one page: GitHub lists them newest first with no date filter, so there is
     * no stable position inside the list; a pass keeps those published since it started.
     */
    private Page<ActivityRecord> releases(GitHubCheckpoint position, String repository, List<String> repos) {
        GitHubRecords.Batch batch = new GitHubRecords.Batch();
        String path = client.endpoint("/repos/" + repository + "/releases?per_page=" + config.pageSize());
        for (Map<String, Object> release : readAll(path, repositoryTarget(repository))) {
            try {
                Optional<Instant> publishedAt = Json.instant(release, "published_at");
                if (position.since().isPresent() && publishedAt.isPresent()
                        && publishedAt.get().isBefore(position.since().get())) {
                    continue;
                }
                GitHubRecords.release(release, repository, batch);
            } catch (MalformedDataException e) {
                batch.reject("release-" + release.get("id") + " of " + repository, "unreadable: " + e.getMessage());
            }
        }
        return endOfStream(batch, position, repos);
    }

    /** The page that ends a stream, pointing at the next stream, repository, or the end of the pass. */
    private Page<ActivityRecord> endOfStream(GitHubRecords.Batch batch, GitHubCheckpoint position,
                                             List<String> repos) {
        List<Stream> streams = streams();
        int nextStream = streams.indexOf(position.stream()) + 1;
        int index = position.repositoryIndex();
        if (nextStream < streams.size()) {
            return page(batch, position.at(index, repos.get(index), streams.get(nextStream)).toCheckpoint(), true);
        }
        if (index + 1 < repos.size()) {
            return page(batch, position.at(index + 1, repos.get(index + 1), Stream.PULLS).toCheckpoint(), true);
        }
        return finish(batch, position);
    }

    private Page<ActivityRecord> finish(GitHubRecords.Batch batch, GitHubCheckpoint position) {
        Page<ActivityRecord> last = page(batch, position.completed().toCheckpoint(), false);
        log.info("GitHub: pass complete, {} activities emitted and {} rejected in this session", emitted, rejected);
        return last;
    }

    private Page<ActivityRecord> page(GitHubRecords.Batch batch, Checkpoint next, boolean hasMore) {
        emitted += batch.items().size();
        rejected += batch.rejected().size();
        return new Page<>(batch.items(), batch.rejected(), next, hasMore);
    }

    private List<Stream> streams() {
        List<Stream> streams = new ArrayList<>(List.of(Stream.PULLS, Stream.RELEASES));
        if (config.includeIssues()) {
            streams.add(Stream.ISSUES);
        }
        if (config.includeComments()) {
            streams.add(Stream.COMMENTS);
        }
        return streams;
    }

    private String firstPage(GitHubCheckpoint position, String repository) {
        String since = position.highWater()
                .map(h -> "&since=" + URLEncoder.encode(h.toString(), StandardCharsets.UTF_8)).orElse("");
        return client.endpoint(switch (position.stream()) {
            case PULLS -> "/repos/" + repository + "/pulls?state=closed&sort=updated&direction=asc&per_page="
                    + config.pageSize();
            case ISSUES -> "/repos/" + repository + "/issues?state=all&sort=updated&direction=asc&per_page="
                    + config.pageSize() + since;
            case COMMENTS -> "/repos/" + repository + "/issues/comments?sort=updated&direction=asc&per_page="
                    + config.pageSize() + since;
            case RELEASES -> throw new IllegalStateException("releases have no updated-at listing");
        });
    }

    private static boolean isRead(GitHubCheckpoint position, Map<String, Object> item) {
        return position.isRead(updatedAt(item), Json.requiredNumber(item, "id", "a listed item"));
    }

    private static Instant updatedAt(Map<String, Object> item) {
        return Json.instant(item, "updated_at").orElseThrow(() -> new MalformedDataException(
                "a listed item has no updated_at, so the list cannot be resumed: id " + item.get("id")));
    }

    /** The configured repositories, then the organization's, each once, read once per session. */
    private List<String> repositories() {
        if (repositories != null) {
            return repositories;
        }
        Map<String, String> byLowerName = new LinkedHashMap<>();
        config.repositories().forEach(name -> byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
        config.organization().ifPresent(org -> {
            String path = client.endpoint("/orgs/" + org + "/repos?type=all&sort=full_name&direction=asc&per_page="
                    + config.pageSize());
            Target target = new Target(GitHubSourceConfig.ORGANIZATION, "the organization " + org);
            for (Map<String, Object> repo : readAll(path, target)) {
                String name = Json.text(repo, "full_name").orElseThrow(() -> new MalformedDataException(
                        "a repository of the organization " + org + " has no full_name"));
                byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        });
        repositories = List.copyOf(byLowerName.values());
        return repositories;
    }

    private List<Map<String, Object>> readAll(String firstPath, Target target) {
        List<Map<String, Object>> all = new ArrayList<>();
        Optional<String> path = Optional.of(firstPath);
        while (path.isPresent()) {
            ListPage page = client.list(path.get(), target);
            all.addAll(page.items());
            path = page.next();
        }
        return all;
    }

    private static Target repositoryTarget(String repository) {
        return new Target(GitHubSourceConfig.REPOSITORIES, "the repository " + repository);
    }

    @Override
    public void close() {
        nextPages.clear();
    }
}
