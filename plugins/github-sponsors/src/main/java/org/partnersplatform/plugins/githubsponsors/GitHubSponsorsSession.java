package org.partnersplatform.plugins.githubsponsors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.plugins.json.Json;
import org.slf4j.Logger;

/**
 * One sync run over the sponsorships of an account, a page of sponsorships at a time (oldest first, active and past,
 * private included), each turned into its payments by {@link SponsorshipPayments} within the checkpoint's window.
 * The sponsors' cancellations, which say when a past sponsorship ended, are read once per session, before the first
 * page, all pages of them.
 */
final class GitHubSponsorsSession implements PagedSession<PaymentRecord> {

    static final String SPONSORSHIPS_QUERY = """
            query PartnersSponsorships($login: String!, $first: Int!, $after: String) {
              repositoryOwner(login: $login) {
                ... on Sponsorable {
                  sponsorshipsAsMaintainer(first: $first, after: $after, activeOnly: false, includePrivate: true, \
            orderBy: {field: CREATED_AT, direction: ASC}) {
                    totalCount
                    pageInfo { hasNextPage endCursor }
                    nodes {
                      id
                      createdAt
                      isActive
                      isOneTimePayment
                      tier { id name monthlyPriceInCents isOneTime }
                      sponsorEntity {
                        __typename
                        ... on User { id login name email websiteUrl }
                        ... on Organization { id login name email websiteUrl }
                      }
                    }
                  }
                }
              }
            }""";

    static final String CANCELLATIONS_QUERY = """
            query PartnersCancellations($login: String!, $first: Int!, $after: String) {
              repositoryOwner(login: $login) {
                ... on Sponsorable {
                  sponsorsActivities(first: $first, after: $after, actions: [CANCELLED_SPONSORSHIP], period: ALL, \
            includePrivate: true, orderBy: {field: TIMESTAMP, direction: ASC}) {
                    pageInfo { hasNextPage endCursor }
                    nodes {
                      action
                      timestamp
                      sponsor {
                        __typename
                        ... on User { id login }
                        ... on Organization { id login }
                      }
                    }
                  }
                }
              }
            }""";

    private static final String ROOT = "repositoryOwner";

    private final GitHubSponsorsSourceConfig config;
    private final GitHubSponsorsClient client;
    private final SourceContext context;
    private final Logger log;
    private Map<String, List<Instant>> cancellations;

    GitHubSponsorsSession(GitHubSponsorsSourceConfig config, SourceContext context) {
        this.config = config;
        this.context = context;
        this.client = new GitHubSponsorsClient(context.http(), config.baseUrl(), config.token(), context.clock());
        this.log = context.logger();
    }

    @Override
    public Page<PaymentRecord> fetch(Checkpoint from) {
        GitHubSponsorsCheckpoint position = GitHubSponsorsCheckpoint.decode(from);
        if (!position.inWalk()) {
            position = position.startWalk(context.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        }
        if (cancellations == null) {
            cancellations = readCancellations();
        }
        Map<String, Object> connection = connection(client.query(SPONSORSHIPS_QUERY,
                variables(position.after().orElse(null)), ROOT), "sponsorshipsAsMaintainer");
        Instant end = position.now().orElseThrow();
        List<PaymentRecord> payments = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        for (Map<String, Object> node : Json.objects(connection, "nodes")) {
            try {
                payments.addAll(SponsorshipPayments.of(node, cancellations, end, position::inWindow));
            } catch (MalformedDataException | IllegalArgumentException e) {
                rejected.add(new RejectedItem(Json.text(node, "id").orElse("a sponsorship without an id"),
                        "the sponsorship cannot be read: " + e.getMessage()));
            }
        }
        Map<String, Object> pageInfo = Json.requiredObject(connection, "pageInfo", "the sponsorships");
        boolean hasMore = Json.bool(pageInfo, "hasNextPage");
        GitHubSponsorsCheckpoint next = hasMore
                ? position.after(Json.requiredText(pageInfo, "endCursor", "the sponsorships' page"))
                : position.completed();
        log.debug("GitHub Sponsors {}: {} payments, {} rejected", config.login(), payments.size(), rejected.size());
        return new Page<>(payments, rejected, next.encode(), hasMore);
    }

    /** When each sponsor cancelled, by the sponsor's node id, oldest first. */
    private Map<String, List<Instant>> readCancellations() {
        Map<String, List<Instant>> bySponsor = new HashMap<>();
        String after = null;
        while (true) {
            Map<String, Object> connection = connection(client.query(CANCELLATIONS_QUERY, variables(after), ROOT),
                    "sponsorsActivities");
            for (Map<String, Object> activity : Json.objects(connection, "nodes")) {
                Json.object(activity, "sponsor").flatMap(sponsor -> Json.text(sponsor, "id")).ifPresent(sponsor ->
                        bySponsor.computeIfAbsent(sponsor, s -> new ArrayList<>())
                                .add(Json.requiredInstant(activity, "timestamp", "a cancellation")));
            }
            Map<String, Object> pageInfo = Json.requiredObject(connection, "pageInfo", "the cancellations");
            if (!Json.bool(pageInfo, "hasNextPage")) {
                bySponsor.values().forEach(list -> list.sort(null));
                return bySponsor;
            }
            after = Json.requiredText(pageInfo, "endCursor", "the cancellations' page");
        }
    }

    private Map<String, Object> variables(String after) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("login", config.login());
        variables.put("first", config.pageSize());
        if (after != null) {
            variables.put("after", after);
        }
        return variables;
    }

    private static Map<String, Object> connection(Map<String, Object> owner, String field) {
        return Json.requiredObject(owner, field, "the sponsored account");
    }

    @Override
    public void close() {
        // Nothing to release: requests go through the core's client.
    }
}
