-- People and organizations: merges that can be undone, suggestions, identity rules, locked members, organization
-- aliases and merges, claims, privacy, and the published months whose changes become revisions.

ALTER TABLE member ADD COLUMN locked BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE member ADD COLUMN merged_into_id BIGINT REFERENCES member (id);
ALTER TABLE member ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE organization ADD COLUMN merged_into_id BIGINT REFERENCES organization (id);

-- An affiliation records what it rests on; one that a member merge set aside (it overlapped the same organization on
-- the surviving member) does not count until that merge is undone.
ALTER TABLE affiliation ADD COLUMN note VARCHAR(1000);
ALTER TABLE affiliation ADD COLUMN set_aside_by_merge_id BIGINT;
CREATE INDEX affiliation_organization ON affiliation (organization_id);
CREATE INDEX activity_organization ON activity (organization_id);
CREATE INDEX activity_identity ON activity (identity_id);

-- Other names of an organization (for imports and claims); normalised = lower-cased, accents and punctuation removed.
CREATE TABLE organization_alias (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    alias           VARCHAR(200) NOT NULL,
    normalised      VARCHAR(200) NOT NULL UNIQUE
);
CREATE INDEX organization_alias_organization ON organization_alias (organization_id);
CREATE INDEX organization_domain_organization ON organization_domain (organization_id);

-- Domains whose provisional organization an administrator dismissed: their people stay independent.
CREATE TABLE dismissed_domain (
    domain       VARCHAR(255) PRIMARY KEY,
    dismissed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A merge of one member (source) into another (target); the items it moved are listed so it can be undone exactly.
CREATE TABLE member_merge (
    id               BIGSERIAL PRIMARY KEY,
    target_member_id BIGINT        NOT NULL REFERENCES member (id),
    source_member_id BIGINT        NOT NULL REFERENCES member (id),
    reason           VARCHAR(500)  NOT NULL,
    automatic        BOOLEAN       NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by        VARCHAR(100),
    undone_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX member_merge_target ON member_merge (target_member_id);
CREATE INDEX member_merge_source ON member_merge (source_member_id);

-- kind: IDENTITY or AFFILIATION
CREATE TABLE member_merge_item (
    merge_id BIGINT      NOT NULL REFERENCES member_merge (id),
    kind     VARCHAR(20) NOT NULL,
    item_id  BIGINT      NOT NULL,
    PRIMARY KEY (merge_id, kind, item_id)
);

-- A pair of members that may be one person; member_a_id < member_b_id. A rejected pair is kept so it is not
-- suggested again. status: PENDING, ACCEPTED, REJECTED, OBSOLETE (one of the members no longer exists as such).
CREATE TABLE merge_suggestion (
    id          BIGSERIAL PRIMARY KEY,
    member_a_id BIGINT        NOT NULL REFERENCES member (id),
    member_b_id BIGINT        NOT NULL REFERENCES member (id),
    reason      VARCHAR(500)  NOT NULL,
    confidence  NUMERIC(3, 2) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(100),
    decided_at  TIMESTAMP WITH TIME ZONE,
    merge_id    BIGINT REFERENCES member_merge (id),
    CONSTRAINT merge_suggestion_pair UNIQUE (member_a_id, member_b_id)
);

-- An administrator's rule: identities matching (field, value[, source]) belong to a member.
-- match_field: EMAIL or USERNAME; match_value is stored lower-case.
CREATE TABLE identity_rule (
    id          BIGSERIAL PRIMARY KEY,
    match_field VARCHAR(20)  NOT NULL,
    match_value VARCHAR(320) NOT NULL,
    source      VARCHAR(100),
    member_id   BIGINT       NOT NULL REFERENCES member (id),
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_rule_match ON identity_rule (match_value);
CREATE INDEX merge_suggestion_merge ON merge_suggestion (merge_id);

-- A merge of one organization (source) into another (target); what it moved is listed so it can be undone exactly.
CREATE TABLE organization_merge (
    id                     BIGSERIAL PRIMARY KEY,
    target_organization_id BIGINT       NOT NULL REFERENCES organization (id),
    source_organization_id BIGINT       NOT NULL REFERENCES organization (id),
    created_by             VARCHAR(100) NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by              VARCHAR(100),
    undone_at              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX organization_merge_target ON organization_merge (target_organization_id);
CREATE INDEX organization_merge_source ON organization_merge (source_organization_id);

-- kind: DOMAIN, ALIAS or AFFILIATION (moved from the source to the target; undo moves them back) or NAME_ALIAS (the
-- alias the merge made of the source's name; undo deletes it)
CREATE TABLE organization_merge_item (
    merge_id BIGINT      NOT NULL REFERENCES organization_merge (id),
    kind     VARCHAR(20) NOT NULL,
    item_id  BIGINT      NOT NULL,
    PRIMARY KEY (merge_id, kind, item_id)
);

-- A proposed affiliation change. claimant_role: PERSON or REPRESENTATIVE; status: PENDING, APPROVED, REJECTED.
CREATE TABLE affiliation_claim (
    id              BIGSERIAL PRIMARY KEY,
    member_id       BIGINT        NOT NULL REFERENCES member (id),
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    valid_from      DATE,
    valid_to        DATE,
    evidence        VARCHAR(2000) NOT NULL,
    claimant_name   VARCHAR(200)  NOT NULL,
    claimant_email  VARCHAR(320)  NOT NULL,
    claimant_role   VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    decision_note   VARCHAR(1000),
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP WITH TIME ZONE,
    affiliation_id  BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX affiliation_claim_status ON affiliation_claim (status, id);

-- Who exported or erased whose data, when, under which policy; it holds no personal data.
CREATE TABLE privacy_event (
    id           BIGSERIAL PRIMARY KEY,
    member_id    BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    policy       VARCHAR(20),
    performed_by VARCHAR(100) NOT NULL,
    performed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX privacy_event_member ON privacy_event (member_id);

-- What was published for a month (calendar_month: MONTH is a keyword in H2); each change after publishing is a new revision with what moved. content and
-- changes are JSON documents with a "format" number, so later formats (reports, rule versions) can be told apart.
CREATE TABLE published_month (
    id             BIGSERIAL PRIMARY KEY,
    calendar_month VARCHAR(7)   NOT NULL,
    revision       INTEGER      NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(100) NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    content        TEXT         NOT NULL,
    changes        TEXT         NOT NULL,
    CONSTRAINT published_month_revision UNIQUE (calendar_month, revision)
);
