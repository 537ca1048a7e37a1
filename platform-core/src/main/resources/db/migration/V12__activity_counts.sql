-- Monthly counts of accepted activities per member, organization, type and attribute rule: what rankings,
-- explanations and reports read instead of scanning a month of activities. Kept in the same transaction as every
-- write that changes an activity's member, organization, type, rule, time or review state
-- (org.partnersplatform.core.counting.ActivityCounts). Bots, staff and erasure are applied when reading, from the
-- member and organization rows, so changing them needs no upkeep here.
-- month_start is the first day of the month in the deployment's time zone, which a migration cannot know: the
-- table is filled from the activity table when the application starts (ActivityCounts.rebuildIfStale), and again
-- whenever the time zone it was built for (activity_count_state; empty: never built) differs from the deployment's.
-- Writers lock the state row while they count, so two never count the same person at once.
CREATE TABLE activity_count (
    member_id        BIGINT      NOT NULL,
    organization_id  BIGINT,
    activity_type_id BIGINT      NOT NULL,
    scoring_rule     VARCHAR(64),
    month_start      DATE        NOT NULL,
    n                BIGINT      NOT NULL CHECK (n > 0)
);

CREATE INDEX activity_count_by_month ON activity_count (month_start, member_id);
CREATE INDEX activity_count_by_member ON activity_count (member_id, month_start);

CREATE TABLE activity_count_state (
    id        INTEGER     PRIMARY KEY CHECK (id = 1),
    time_zone VARCHAR(64) NOT NULL,
    built_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO activity_count_state (id, time_zone, built_at) VALUES (1, '', CURRENT_TIMESTAMP);
