package org.partnersplatform.plugins.git;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.Extension;

/**
 * Commits of a local git repository or bare mirror: one {@code commit} activity per non-merge commit reachable from
 * the configured branch, identified by its full SHA and dated by its author date. Merge commits only join work that
 * is counted through their parents, so they are not counted themselves. Stateless; {@link GitSession} does the reading.
 */
@Extension
public final class GitSource implements PullSource {

    /** The key of the one activity type this source emits. */
    public static final String COMMIT = "commit";

    static final int MAX_TITLE_LENGTH = 200;

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
            "org.partnersplatform.git",
            "Git",
            "Non-merge commits reachable from a branch of a local git repository or bare mirror.",
            SourceCapabilities.ORDERED_INCREMENTAL,
            List.of(ActivityType.of(COMMIT, "Commit", ActivityKind.CONTRIBUTION, "1")),
            GitSourceConfig.SCHEMA);

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Refuses a path that is not a git repository and a page size below 1; reads only the local disk. */
    @Override
    public void validate(SourceConfig config) {
        GitSourceConfig.validate(config);
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        return new GitSession(GitSourceConfig.of(config), context);
    }

    /**
     * The activity of a non-merge commit whose body is parsed, or the reason it cannot be one: git lets an author
     * have an empty email, and an actor needs one.
     */
    static Mapped toActivity(RevCommit commit, GitSourceConfig config) {
        String sha = commit.getName();
        PersonIdent author = commit.getAuthorIdent();
        String email = blankToNull(author.getEmailAddress());
        String name = blankToNull(author.getName());
        if (email == null) {
            return new Mapped(Optional.empty(), Optional.of(new RejectedItem(sha,
                    "the commit's author has no email, so it cannot be linked to a person")));
        }
        Actor actor = Actor.byEmail(name, email, isBot(name, email));
        ActivityRecord record = new ActivityRecord(sha, COMMIT, author.getWhenAsInstant(), actor,
                config.commitUrl(sha).orElse(null), title(commit.getFullMessage()),
                Map.of("repository", config.repositoryName()), null);
        return new Mapped(Optional.of(record), Optional.empty());
    }

    /** A commit turned into an activity, or rejected with the reason. */
    record Mapped(Optional<ActivityRecord> record, Optional<RejectedItem> rejected) {
    }

    /**
     * Whether a commit author is obviously a bot. Deliberately simple, since administrators can exclude any member:
     * GitHub App accounts ({@code dependabot[bot]}, {@code github-actions[bot]}, in the name or the email), GitHub
     * itself ({@code noreply@github.com}), and names that end in a separate word "bot" ({@code Renovate Bot}, {@code
     * release-bot}).
     */
    static boolean isBot(String name, String email) {
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        String lowerEmail = email == null ? "" : email.toLowerCase(Locale.ROOT).strip();
        return lowerName.contains("[bot]") || lowerEmail.contains("[bot]")
                || lowerEmail.equals("noreply@github.com")
                || lowerName.endsWith(" bot") || lowerName.endsWith("-bot");
    }

    /** The message's first line, at most {@value #MAX_TITLE_LENGTH} characters; {@code null} for an empty message. */
    static String title(String message) {
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) {
            return null;
        }
        return firstLine.length() <= MAX_TITLE_LENGTH ? firstLine
                : firstLine.substring(0, MAX_TITLE_LENGTH - 1) + "\u2026";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
