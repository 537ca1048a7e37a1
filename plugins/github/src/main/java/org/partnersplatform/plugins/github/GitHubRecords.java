package org.partnersplatform.plugins.github;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;

/**
 * Turns GitHub's objects (the same in list answers and in webhook payloads) into activity records. Item ids are built
 * from GitHub's numeric ids, which survive a repository's rename or transfer, so a webhook delivery and a later sync
 * store the same activity once. An item whose author GitHub no longer knows is rejected, never credited to someone
 * else.
 */
final class GitHubRecords {

    static final String PULL_REQUEST_MERGED = "pull_request_merged";
    static final String REVIEW_APPROVED = "review_approved";
    static final String REVIEW_CHANGES_REQUESTED = "review_changes_requested";
    static final String REVIEW_COMMENTED = "review_commented";
    static final String RELEASE_PUBLISHED = "release_published";
    static final String ISSUE_OPENED = "issue_opened";
    static final String ISSUE_COMMENT = "issue_comment";

    /** The account GitHub shows in place of a deleted user. */
    private static final String GHOST_LOGIN = "ghost";
    private static final String DELETED_AUTHOR = "the author was deleted, so the activity cannot be credited";

    /** What one or more GitHub objects became: records and rejections, in order. */
    static final class Batch {
        private final List<ActivityRecord> items = new ArrayList<>();
        private final List<RejectedItem> rejected = new ArrayList<>();

        List<ActivityRecord> items() {
            return items;
        }

        List<RejectedItem> rejected() {
            return rejected;
        }

        boolean isEmpty() {
            return items.isEmpty() && rejected.isEmpty();
        }

        /** Reports an item that cannot be read, so the run goes on without it. */
        void reject(String itemId, String reason) {
            rejected.add(new RejectedItem(itemId, reason));
        }

        private void add(String itemId, Optional<Actor> actor, Function<Actor, ActivityRecord> record) {
            actor.ifPresentOrElse(a -> items.add(record.apply(a)),
                    () -> rejected.add(new RejectedItem(itemId, DELETED_AUTHOR)));
        }
    }

    private GitHubRecords() {
    }

    /** A merged pull request, credited to its author and dated by its merge; nothing for one closed unmerged. */
    static void pullRequest(Map<String, Object> pr, String fallbackRepository, Batch batch) {
        Optional<Instant> mergedAt = Json.instant(pr, "merged_at");
        if (mergedAt.isEmpty()) {
            return;
        }
        String itemId = "pr-" + Json.requiredNumber(pr, "id", "a pull request");
        String repository = repository(pr).orElse(fallbackRepository);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("repository", repository);
        Json.number(pr, "number").ifPresent(n -> attributes.put("number", n));
        for (String count : List.of("additions", "deletions", "changed_files")) {
            Json.number(pr, count).ifPresent(n -> attributes.put(count, n));
        }
        String labels = Json.objects(pr, "labels").stream()
                .map(label -> Json.text(label, "name").orElse(""))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(","));
        if (!labels.isEmpty()) {
            attributes.put("labels", labels);
        }
        batch.add(itemId, actor(pr, "user"), actor -> new ActivityRecord(itemId, PULL_REQUEST_MERGED,
                mergedAt.get(), actor, Json.text(pr, "html_url").orElse(null), Json.text(pr, "title").orElse(null),
                attributes, null));
    }

    /**
     * A submitted review of {@code pr}, typed by its state and dated by its submission; nothing for a pending review
     * or a dismissed one that was never submitted.
     */
    static void review(Map<String, Object> review, Map<String, Object> pr, String fallbackRepository, Batch batch) {
        Optional<Instant> submittedAt = Json.instant(review, "submitted_at");
        String state = Json.text(review, "state").orElse("").toUpperCase(Locale.ROOT);
        String type = switch (state) {
            case "APPROVED" -> REVIEW_APPROVED;
            case "CHANGES_REQUESTED" -> REVIEW_CHANGES_REQUESTED;
            case "COMMENTED", "DISMISSED" -> REVIEW_COMMENTED;
            default -> null;
        };
        if (type == null || submittedAt.isEmpty()) {
            return;
        }
        String itemId = "review-" + Json.requiredNumber(review, "id", "a review");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("repository", repository(pr).orElse(fallbackRepository));
        Json.number(pr, "number").ifPresent(n -> attributes.put("pull_request", n));
        attributes.put("state", state.toLowerCase(Locale.ROOT));
        String title = Json.text(pr, "title").map(t -> "Review of: " + t).orElse(null);
        batch.add(itemId, actor(review, "user"), actor -> new ActivityRecord(itemId, type, submittedAt.get(), actor,
                Json.text(review, "html_url").orElse(null), title, attributes, null));
    }

    /** A published release, credited to its author; nothing for a draft. */
    static void release(Map<String, Object> release, String repository, Batch batch) {
        Optional<Instant> publishedAt = Json.instant(release, "published_at");
        if (Json.bool(release, "draft") || publishedAt.isEmpty()) {
            return;
        }
        String itemId = "release-" + Json.requiredNumber(release, "id", "a release");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("repository", repository);
        Json.text(release, "tag_name").ifPresent(tag -> attributes.put("tag", tag));
        attributes.put("prerelease", String.valueOf(Json.bool(release, "prerelease")));
        String title = Json.text(release, "name").or(() -> Json.text(release, "tag_name")).orElse(null);
        batch.add(itemId, actor(release, "author"), actor -> new ActivityRecord(itemId, RELEASE_PUBLISHED,
                publishedAt.get(), actor, Json.text(release, "html_url").orElse(null), title, attributes, null));
    }

    /** An opened issue, dated by its creation; nothing for a pull request (the issues API lists them too). */
    static void issue(Map<String, Object> issue, String repository, Batch batch) {
        if (issue.containsKey("pull_request")) {
            return;
        }
        String itemId = "issue-" + Json.requiredNumber(issue, "id", "an issue");
        Instant createdAt = Json.instant(issue, "created_at")
                .orElseThrow(() -> new MalformedDataException("the issue " + itemId + " has no created_at"));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("repository", repository);
        Json.number(issue, "number").ifPresent(n -> attributes.put("number", n));
        batch.add(itemId, actor(issue, "user"), actor -> new ActivityRecord(itemId, ISSUE_OPENED, createdAt, actor,
                Json.text(issue, "html_url").orElse(null), Json.text(issue, "title").orElse(null), attributes, null));
    }

    /** A comment on an issue or on a pull request's conversation, dated by its creation. */
    static void issueComment(Map<String, Object> comment, String repository, Batch batch) {
        String itemId = "issue-comment-" + Json.requiredNumber(comment, "id", "an issue comment");
        Instant createdAt = Json.instant(comment, "created_at")
                .orElseThrow(() -> new MalformedDataException("the comment " + itemId + " has no created_at"));
        batch.add(itemId, actor(comment, "user"), actor -> new ActivityRecord(itemId, ISSUE_COMMENT, createdAt, actor,
                Json.text(comment, "html_url").orElse(null), null, Map.of("repository", repository), null));
    }

    /** The repository a pull request was opened against, {@code base.repo.full_name}, when the object has it. */
    static Optional<String> repository(Map<String, Object> pr) {
        return Json.object(pr, "base").flatMap(base -> Json.object(base, "repo"))
                .flatMap(repo -> Json.text(repo, "full_name"));
    }

    /**
     * The account at {@code key}: GitHub's numeric id, login and page; a bot when GitHub types it so or its login ends
     * in {@code [bot]} (GitHub Apps). Empty for a deleted account: null, or GitHub's placeholder "ghost".
     */
    static Optional<Actor> actor(Map<String, Object> json, String key) {
        Optional<Map<String, Object>> user = Json.object(json, key);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> login = Json.text(user.get(), "login");
        Optional<String> id = Json.number(user.get(), "id");
        if (login.isEmpty() && id.isEmpty() || login.filter(GHOST_LOGIN::equals).isPresent()) {
            return Optional.empty();
        }
        boolean bot = Json.text(user.get(), "type").filter("Bot"::equalsIgnoreCase).isPresent()
                || login.filter(l -> l.toLowerCase(Locale.ROOT).endsWith("[bot]")).isPresent();
        return Optional.of(new Actor(id.orElse(null), login.orElse(null), login.orElse(null), null,
                Json.text(user.get(), "html_url").orElse(null), bot));
    }
}
