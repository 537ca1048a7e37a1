package org.partnersplatform.core.ingest;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.core.activity.Activity;
import org.partnersplatform.core.activity.ActivityRepository;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.activity.ReviewState;
import org.partnersplatform.core.counting.ActivityCounts;
import org.partnersplatform.core.counting.MemberMonth;
import org.partnersplatform.core.identity.Attribution;
import org.partnersplatform.core.identity.IdentityResolver;
import org.partnersplatform.core.identity.ResolvedActor;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationRepository;
import org.partnersplatform.core.privacy.ErasedActivities;
import org.partnersplatform.core.privacy.PrivacyConfiguration;
import org.partnersplatform.core.scoring.ActivityClassifier;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Stores one page in one transaction: validates each record, resolves its actor, upserts it by (installation, item
 * id), records rejections and the run's counts, and saves the checkpoint that follows the page. An erased person's
 * new activity is kept without its content, or not stored, as the deployment's erasure policy says. The attribute rule
 * each stored activity matches is stored with it, and the monthly counts of the people and months the page touched
 * are counted again. A crash before the commit leaves the previous checkpoint and none of the page; after it, both.
 */
@Singleton
class PageWriter {

    private static final int MAX_TITLE = 500;

    private final ActivityRepository activities;
    private final InstallationRepository installations;
    private final SyncRunRepository runs;
    private final SyncRejectionRepository rejections;
    private final RecordValidator validator;
    private final IdentityResolver identities;
    private final Attribution attribution;
    private final DeploymentTime time;
    private final JsonMapper json;
    private final PrivacyConfiguration privacy;
    private final Clock clock;
    private final ActivityClassifier classifier;
    private final ActivityCounts counts;

    PageWriter(ActivityRepository activities, InstallationRepository installations, SyncRunRepository runs,
                      SyncRejectionRepository rejections, RecordValidator validator, IdentityResolver identities,
                      Attribution attribution, DeploymentTime time, JsonMapper json, PrivacyConfiguration privacy,
                      Clock clock, ActivityClassifier classifier, ActivityCounts counts) {
        this.activities = activities;
        this.installations = installations;
        this.runs = runs;
        this.rejections = rejections;
        this.validator = validator;
        this.identities = identities;
        this.attribution = attribution;
        this.time = time;
        this.json = json;
        this.privacy = privacy;
        this.clock = clock;
        this.classifier = classifier;
        this.counts = counts;
    }

    /**
     * Stores a page.
     *
     * @param runId the run to count it in, or empty for a push
     * @param checkpoint the checkpoint to save with the page, or empty for a push
     */
    @Transactional
    public PageOutcome write(Installation installation, Map<String, RegisteredActivityType> types,
                             List<ActivityRecord> records, List<RejectedItem> rejectedByPlugin,
                             Optional<Long> runId, Optional<Checkpoint> checkpoint) {
        List<RejectedItem> rejected = new ArrayList<>(rejectedByPlugin);
        Map<String, ActivityRecord> valid = new LinkedHashMap<>();
        for (ActivityRecord record : records) {
            Optional<String> problem = validator.problem(record, types.keySet());
            if (problem.isPresent()) {
                rejected.add(new RejectedItem(truncate(record.itemId(), 255), problem.get()));
            } else {
                valid.put(record.itemId(), record);
            }
        }
        Map<String, Activity> existing = valid.isEmpty() ? Map.of()
                : activities.findByInstallationIdAndSourceItemIdInList(installation.id(), valid.keySet()).stream()
                        .collect(Collectors.toMap(Activity::sourceItemId, Function.identity()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        Map<Long, Optional<String>> rules = new LinkedHashMap<>();
        Set<MemberMonth> touched = new TreeSet<>();
        for (ActivityRecord record : valid.values()) {
            String hash = ActivityContent.hash(record);
            Activity stored = existing.get(record.itemId());
            if (stored != null && stored.contentHash().equals(hash)) {
                unchanged++;
                continue;
            }
            RegisteredActivityType type = types.get(record.type());
            ResolvedActor actor = identities.resolve(installation.sourceId(), record.actor(),
                    installation.createProvisionalOrgs());
            if (actor.erased() && privacy.policy() == ErasedActivities.REMOVE) {
                rejected.add(new RejectedItem(truncate(record.itemId(), 255), "its author's personal data was"
                        + " erased and the deployment's policy removes their activities; not stored"));
                continue;
            }
            ActivityRecord kept = actor.erased() ? anonymous(record) : record;
            Long organizationId = attribution.organizationOn(actor.memberId(), time.dayOf(record.occurredAt()))
                    .orElse(null);
            Activity written;
            if (stored == null) {
                written = activities.save(new Activity(null, installation.id(), record.itemId(), type.id(),
                        record.occurredAt(), actor.identityId(), actor.memberId(), organizationId, kept.url(),
                        truncate(kept.title(), MAX_TITLE), attributes(kept), kept.evidence(),
                        type.requiresConfirmation() ? ReviewState.PENDING : ReviewState.ACCEPTED, hash, now, now));
                created++;
            } else {
                written = activities.update(new Activity(stored.id(), installation.id(), record.itemId(), type.id(),
                        record.occurredAt(), actor.identityId(), actor.memberId(), organizationId, kept.url(),
                        truncate(kept.title(), MAX_TITLE), attributes(kept), kept.evidence(),
                        stored.reviewState(), hash, stored.firstSeenAt(), now));
                updated++;
                touched.add(counts.groupOf(stored.memberId(), stored.occurredAt()));
            }
            touched.add(counts.groupOf(written.memberId(), written.occurredAt()));
            if (classifier.hasRules(installation.sourceId(), record.type())) {
                rules.put(written.id(), classifier.ruleFor(installation.sourceId(), record.type(), kept.attributes()));
            }
        }
        classifier.store(rules);
        counts.refresh(touched);
        PageOutcome outcome = new PageOutcome(records.size() + rejectedByPlugin.size(), created, updated, unchanged,
                List.copyOf(rejected));
        runId.ifPresent(id -> {
            runs.addPage(id, outcome.fetched(), outcome.created(), outcome.updated(), outcome.unchanged(),
                    rejected.size());
            for (RejectedItem item : rejected) {
                rejections.save(new SyncRejection(null, id, truncate(item.itemId(), 255),
                        truncate(item.reason(), 1000)));
            }
        });
        checkpoint.ifPresent(c -> installations.updateCheckpoint(installation.id(), c.token(), now));
        return outcome;
    }

    /** The record as an erased person's activity is kept: what, when and for whom, without title, URL or content. */
    private static ActivityRecord anonymous(ActivityRecord record) {
        return new ActivityRecord(record.itemId(), record.type(), record.occurredAt(), record.actor(), null, null,
                Map.of(), null);
    }

    private String attributes(ActivityRecord record) {
        try {
            return json.writeValueAsString(new TreeMap<>(record.attributes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
