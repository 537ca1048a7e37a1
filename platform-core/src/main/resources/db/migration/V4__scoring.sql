-- Scoring rules (issue 5): each distinct effective rule set (policy file + administrator overrides) is stored once;
-- the attribute rule an activity matched is stored on it, so that ranking never reads attributes.

CREATE TABLE scoring_rule_version (
    id             BIGSERIAL PRIMARY KEY,
    policy_version VARCHAR(100) NOT NULL,
    revision       INTEGER      NOT NULL,
    fingerprint    VARCHAR(64)  NOT NULL UNIQUE,
    rules          TEXT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scoring_rule_version_revision UNIQUE (policy_version, revision)
);

-- The attribute rules the stored activities were last classified against (one row).
CREATE TABLE scoring_classification (
    id                INTEGER     PRIMARY KEY CHECK (id = 1),
    rules_fingerprint VARCHAR(64) NOT NULL,
    classified_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE activity ADD COLUMN scoring_rule VARCHAR(64);
CREATE INDEX activity_type_occurred_at ON activity (activity_type_id, occurred_at);
