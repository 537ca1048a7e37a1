package org.partnersplatform.core.scoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The versions of the effective rule set: each distinct rule set (by the fingerprint of its JSON) is stored once, so
 * a changed file or override yields a new version and changing back finds the old one.
 */
@Singleton
public class RuleVersions {

    private static final int MAX_ATTEMPTS = 3;
    private static final String COLUMNS = "id, policy_version, revision, fingerprint, rules, created_at";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public RuleVersions(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The stored version of {@code rules}, stored now (in its own transaction) if it is new. Another node storing the
     * same rule set at the same time is harmless: the fingerprint is unique and the insert then does nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RuleVersion versionOf(RuleSet rules) {
        String text = json(rules);
        String fingerprint = fingerprint(text);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<RuleVersion> known = find(fingerprint);
            if (known.isPresent()) {
                return known.get();
            }
            jdbc.prepareStatement("INSERT INTO scoring_rule_version (policy_version, revision, fingerprint, rules,"
                    + " created_at) VALUES (?, (SELECT COALESCE(MAX(revision), 0) + 1 FROM scoring_rule_version"
                    + " WHERE policy_version = ?), ?, ?, ?) ON CONFLICT DO NOTHING", statement -> {
                        statement.setString(1, rules.policyVersion());
                        statement.setString(2, rules.policyVersion());
                        statement.setString(3, fingerprint);
                        statement.setString(4, text);
                        statement.setTimestamp(5, Timestamp.from(clock.instant()));
                        return statement.executeUpdate();
                    });
        }
        return find(fingerprint).orElseThrow(() -> new IllegalStateException("the rule set " + fingerprint
                + " could not be stored: its revision was taken " + MAX_ATTEMPTS + " times"));
    }

    /** Every stored version, newest first. */
    @Transactional
    public List<RuleVersion> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM scoring_rule_version ORDER BY id DESC",
                statement -> read(statement.executeQuery()));
    }

    private Optional<RuleVersion> find(String fingerprint) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM scoring_rule_version WHERE fingerprint = ?",
                statement -> {
                    statement.setString(1, fingerprint);
                    return read(statement.executeQuery()).stream().findFirst();
                });
    }

    private String json(RuleSet rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a text, in hex. */
    static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<RuleVersion> read(ResultSet result) throws SQLException {
        List<RuleVersion> versions = new ArrayList<>();
        try (result) {
            while (result.next()) {
                versions.add(new RuleVersion(result.getLong(1), result.getString(2), result.getInt(3),
                        result.getString(4), result.getString(5), result.getTimestamp(6).toInstant()));
            }
        }
        return versions;
    }
}
