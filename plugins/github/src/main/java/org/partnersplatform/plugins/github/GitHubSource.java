package org.partnersplatform.plugins.github;

import java.util.List;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.PushSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.Extension;

/**
 * GitHub repositories: merged pull requests, reviews and releases (and optionally opened issues and issue comments),
 * read by sync runs ({@link GitHubSession}) and received as webhooks ({@link GitHubWebhook}) with the same item ids.
 * Stateless.
 */
@Extension
public final class GitHubSource implements PullSource, PushSource {

    /** The plugin's and the source's id. */
    public static final String ID = "org.partnersplatform.github";

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
            ID,
            "GitHub",
            "Merged pull requests, reviews and releases of GitHub repositories; optionally issues and comments.",
            SourceCapabilities.ORDERED_INCREMENTAL,
            List.of(
                    ActivityType.of(GitHubRecords.PULL_REQUEST_MERGED, "Pull request merged",
                            ActivityKind.CONTRIBUTION, "5"),
                    ActivityType.of(GitHubRecords.REVIEW_APPROVED, "Review approving a pull request",
                            ActivityKind.CONTRIBUTION, "2"),
                    ActivityType.of(GitHubRecords.REVIEW_CHANGES_REQUESTED, "Review requesting changes",
                            ActivityKind.CONTRIBUTION, "2"),
                    ActivityType.of(GitHubRecords.REVIEW_COMMENTED, "Review comment on a pull request",
                            ActivityKind.CONVERSATION, "0.5"),
                    ActivityType.of(GitHubRecords.RELEASE_PUBLISHED, "Release published",
                            ActivityKind.CONTRIBUTION, "3"),
                    ActivityType.of(GitHubRecords.ISSUE_OPENED, "Issue opened", ActivityKind.CONVERSATION, "0.5"),
                    ActivityType.of(GitHubRecords.ISSUE_COMMENT, "Issue comment", ActivityKind.CONVERSATION, "0.25")),
            GitHubSourceConfig.SCHEMA);

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The descriptor's types, less the issue and comment types when their setting is off. */
    @Override
    public List<ActivityType> activityTypes(SourceConfig config) {
        boolean issues = config.bool(GitHubSourceConfig.INCLUDE_ISSUES);
        boolean comments = config.bool(GitHubSourceConfig.INCLUDE_COMMENTS);
        return DESCRIPTOR.activityTypes().stream()
                .filter(type -> issues || !type.key().equals(GitHubRecords.ISSUE_OPENED))
                .filter(type -> comments || !type.key().equals(GitHubRecords.ISSUE_COMMENT))
                .toList();
    }

    /** Checks the repository names, the organization and the page size; never calls GitHub. */
    @Override
    public void validate(SourceConfig config) {
        GitHubSourceConfig.validate(config);
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        return new GitHubSession(GitHubSourceConfig.of(config), context);
    }

    @Override
    public List<ActivityRecord> receive(InboundRequest request, SourceConfig config, SourceContext context) {
        return GitHubWebhook.receive(request, GitHubSourceConfig.of(config), context.logger());
    }
}
