package org.partnersplatform.core.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions that two members are one person: found by {@link SuggestionFinder}, stored once per pair, decided by an
 * administrator. A pair stored in any status is never stored again, so a rejected pair is not suggested again.
 */
@Singleton
public class MergeSuggestions {

    private static final Logger LOG = LoggerFactory.getLogger(MergeSuggestions.class);
    private static final int BATCH = 500;

    private static final String CANDIDATES = "SELECT i.member_id, i.source, i.username, i.display_name, i.email,"
            + " i.profile_url FROM identity i JOIN member m ON m.id = i.member_id WHERE m.merged_into_id IS NULL"
            + " AND m.erased_at IS NULL AND m.bot = FALSE AND i.bot = FALSE";

    private final MergeSuggestionRepository suggestions;
    private final MemberMerges merges;
    private final JdbcOperations jdbc;
    private final Clock clock;

    MergeSuggestions(MergeSuggestionRepository suggestions, MemberMerges merges, JdbcOperations jdbc, Clock clock) {
        this.suggestions = suggestions;
        this.merges = merges;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a refresh did. */
    public record Refresh(int added, int obsoleted) {
    }

    /**
     * Looks for pairs again: stores the new ones, makes pending ones whose members are no longer both active obsolete,
     * and makes an obsolete pair pending again when both its members stand on their own again (a merge was undone) and
     * the finder still finds it.
     */
    @Transactional
    public Refresh refresh() {
        int obsoleted = suggestions.obsoleteInactive();
        Map<Long, Map<Long, SuggestionStatus>> stored = stored();
        List<SuggestionFinder.Found> fresh = new ArrayList<>();
        List<SuggestionFinder.Found> revived = new ArrayList<>();
        for (SuggestionFinder.Found pair : SuggestionFinder.find(candidates())) {
            SuggestionStatus known = stored.getOrDefault(pair.memberAId(), Map.of()).get(pair.memberBId());
            if (known == null) {
                fresh.add(pair);
            } else if (known == SuggestionStatus.OBSOLETE) {
                revived.add(pair);
            }
        }
        Instant now = clock.instant();
        for (int i = 0; i < fresh.size(); i += BATCH) {
            insert(fresh.subList(i, Math.min(fresh.size(), i + BATCH)), now);
        }
        revived.forEach(this::revive);
        LOG.info("Merge suggestions refreshed: {} new, {} pending again, {} obsolete", fresh.size(), revived.size(),
                obsoleted);
        return new Refresh(fresh.size() + revived.size(), obsoleted);
    }

    /** The suggestions waiting for a decision, most convincing first. */
    @ReadOnly
    public List<MergeSuggestion> pending() {
        return suggestions.pending();
    }

    @ReadOnly
    public MergeSuggestion get(long id) {
        return suggestions.findById(id)
                .orElseThrow(() -> new NotFoundException("there is no merge suggestion #" + id));
    }

    /**
     * Merges the pair: the newer member (higher id) into the older, with the suggestion's reason.
     *
     * @return the merge, which can be undone (the suggestion is then rejected)
     */
    @Transactional
    public MergeView accept(long id, String by) {
        MergeSuggestion suggestion = pendingOne(id);
        MergeView merge = merges.mergeWhole(suggestion.memberAId(), suggestion.memberBId(), suggestion.reason(),
                false, by);
        suggestions.update(suggestion.decide(SuggestionStatus.ACCEPTED, by, clock.instant(), merge.merge().id()));
        return merge;
    }

    /** Rejects the pair for good. */
    @Transactional
    public MergeSuggestion reject(long id, String by) {
        MergeSuggestion suggestion = pendingOne(id);
        return suggestions.update(suggestion.decide(SuggestionStatus.REJECTED, by, clock.instant(), null));
    }

    private MergeSuggestion pendingOne(long id) {
        MergeSuggestion suggestion = get(id);
        if (suggestion.status() != SuggestionStatus.PENDING) {
            throw new ConflictException("merge suggestion #" + id + " is " + suggestion.status().name()
                    .toLowerCase(Locale.ROOT) + ", not pending: it was decided already or one of its members changed");
        }
        return suggestion;
    }

    private List<SuggestionFinder.Candidate> candidates() {
        return jdbc.prepareStatement(CANDIDATES, statement -> {
            List<SuggestionFinder.Candidate> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new SuggestionFinder.Candidate(row.getLong(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6)));
                }
            }
            return rows;
        });
    }

    /** The status of every stored pair, by the lower member id, then the higher. */
    private Map<Long, Map<Long, SuggestionStatus>> stored() {
        return jdbc.prepareStatement("SELECT member_a_id, member_b_id, status FROM merge_suggestion", statement -> {
            Map<Long, Map<Long, SuggestionStatus>> rows = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.computeIfAbsent(row.getLong(1), a -> new HashMap<>()).put(row.getLong(2),
                            SuggestionStatus.valueOf(row.getString(3)));
                }
            }
            return rows;
        });
    }

    /** Inserts new pairs; a pair another node stored meanwhile is left as it is. */
    private void insert(List<SuggestionFinder.Found> pairs, Instant now) {
        jdbc.prepareStatement("INSERT INTO merge_suggestion (member_a_id, member_b_id, reason, confidence, status,"
                + " created_at) VALUES (?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING", statement -> {
                    for (SuggestionFinder.Found pair : pairs) {
                        statement.setLong(1, pair.memberAId());
                        statement.setLong(2, pair.memberBId());
                        statement.setString(3, pair.reason());
                        statement.setBigDecimal(4, pair.confidence());
                        statement.setTimestamp(5, Timestamp.from(now));
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    private void revive(SuggestionFinder.Found pair) {
        jdbc.prepareStatement("UPDATE merge_suggestion SET status = 'PENDING', reason = ?, confidence = ?,"
                + " decided_by = NULL, decided_at = NULL WHERE member_a_id = ? AND member_b_id = ?"
                + " AND status = 'OBSOLETE'", statement -> {
                    statement.setString(1, pair.reason());
                    statement.setBigDecimal(2, pair.confidence());
                    statement.setLong(3, pair.memberAId());
                    statement.setLong(4, pair.memberBId());
                    return statement.executeUpdate();
                });
    }
}
