package org.partnersplatform.core.scoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.counting.ActivityCounts;
import org.partnersplatform.core.policy.AttributeRule;
import org.partnersplatform.core.policy.DeploymentPolicy;

/**
 * Stores on each activity the attribute rule it matches ({@code activity.scoring_rule}, null for none), so that
 * ranking reads counts and never attributes. Activities are classified when they are stored and, in batches, all
 * again when the policy's attribute rules differ from those they were last classified against (and then the monthly
 * counts, which are per rule, are rebuilt in the same transaction).
 */
@Singleton
public class ActivityClassifier {

    private static final int BATCH = 5_000;

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final DeploymentPolicy policy;
    private final Clock clock;
    private final ActivityCounts counts;

    public ActivityClassifier(JdbcOperations jdbc, JsonMapper json, DeploymentPolicy policy, Clock clock,
                              ActivityCounts counts) {
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
        this.clock = clock;
        this.counts = counts;
    }

    /** Whether any attribute rule is about activities of this type. */
    public boolean hasRules(String sourceId, String typeKey) {
        return policy.scoring().rules().stream().anyMatch(rule -> rule.appliesTo(sourceId, typeKey));
    }

    /** The id of the first attribute rule for this type that the attributes match. */
    public Optional<String> ruleFor(String sourceId, String typeKey, Map<String, String> attributes) {
        return policy.scoring().rules().stream()
                .filter(rule -> rule.appliesTo(sourceId, typeKey) && rule.matches(attributes))
                .map(AttributeRule::id)
                .findFirst();
    }

    /**
     * Stores the matched rule (or none) of activities just written, by activity id. The caller counts their
     * (member, month) groups again ({@link ActivityCounts#refresh}) in the same transaction.
     */
    @Transactional
    public void store(Map<Long, Optional<String>> rules) {
        if (rules.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("UPDATE activity SET scoring_rule = ? WHERE id = ?", statement -> {
            for (Map.Entry<Long, Optional<String>> entry : rules.entrySet()) {
                statement.setString(1, entry.getValue().orElse(null));
                statement.setLong(2, entry.getKey());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /**
     * Classifies every stored activity again when the attribute rules changed since the last time, batch by batch,
     * then rebuilds the monthly counts.
     *
     * @return how many activities were read, zero when nothing changed
     */
    @Transactional
    public int reclassifyIfRulesChanged() {
        String fingerprint = RuleVersions.fingerprint(json(policy.scoring().rules()));
        if (fingerprint.equals(classifiedAgainst().orElse(null))) {
            return 0;
        }
        int read = 0;
        jdbc.prepareStatement("UPDATE activity SET scoring_rule = NULL WHERE scoring_rule IS NOT NULL",
                PreparedStatement::executeUpdate);
        for (TypeKey type : typesWithRules()) {
            read += reclassify(type);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.prepareStatement("UPDATE scoring_classification SET rules_fingerprint = ?,"
                + " classified_at = ? WHERE id = 1", statement -> {
                    statement.setString(1, fingerprint);
                    statement.setTimestamp(2, now);
                    return statement.executeUpdate();
                });
        if (updated == 0) {
            jdbc.prepareStatement("INSERT INTO scoring_classification (id, rules_fingerprint, classified_at)"
                    + " VALUES (1, ?, ?)", statement -> {
                        statement.setString(1, fingerprint);
                        statement.setTimestamp(2, now);
                        return statement.executeUpdate();
                    });
        }
        counts.rebuild();
        return read;
    }

    private int reclassify(TypeKey type) {
        long after = 0;
        int read = 0;
        while (true) {
            List<Classified> batch = batch(type, after);
            if (batch.isEmpty()) {
                return read;
            }
            read += batch.size();
            after = batch.get(batch.size() - 1).id();
            Map<Long, Optional<String>> matched = new LinkedHashMap<>();
            batch.stream().filter(c -> c.rule().isPresent()).forEach(c -> matched.put(c.id(), c.rule()));
            store(matched);
        }
    }

    private List<Classified> batch(TypeKey type, long after) {
        return jdbc.prepareStatement("SELECT id, attributes FROM activity WHERE activity_type_id = ? AND id > ?"
                + " ORDER BY id LIMIT " + BATCH, statement -> {
                    statement.setLong(1, type.id());
                    statement.setLong(2, after);
                    List<Classified> rows = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows.add(new Classified(result.getLong(1),
                                    ruleFor(type.sourceId(), type.typeKey(), attributes(result.getString(2)))));
                        }
                    }
                    return rows;
                });
    }

    private List<TypeKey> typesWithRules() {
        List<TypeKey> types = new ArrayList<>();
        jdbc.prepareStatement("SELECT id, source_id, type_key FROM activity_type ORDER BY id", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    TypeKey type = new TypeKey(result.getLong(1), result.getString(2), result.getString(3));
                    if (hasRules(type.sourceId(), type.typeKey())) {
                        types.add(type);
                    }
                }
            }
            return types;
        });
        return types;
    }

    private Optional<String> classifiedAgainst() {
        return jdbc.prepareStatement("SELECT rules_fingerprint FROM scoring_classification WHERE id = 1",
                statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() ? Optional.of(result.getString(1)) : Optional.<String>empty();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> attributes(String text) {
        try {
            return text == null || text.isBlank() ? Map.of() : json.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Classified(long id, Optional<String> rule) {
    }

    private record TypeKey(long id, String sourceId, String typeKey) {
    }
}
