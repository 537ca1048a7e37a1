-- One dialect-neutral schema for PostgreSQL and the embedded H2 (PostgreSQL mode).
-- Instants are TIMESTAMP WITH TIME ZONE and written in UTC; money is NUMERIC, never floating point.

CREATE TABLE organization (
    id          BIGSERIAL PRIMARY KEY,
    slug        VARCHAR(100) NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    website     VARCHAR(500),
    country     VARCHAR(3),
    status      VARCHAR(20)  NOT NULL,
    staff       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organization_domain (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    domain          VARCHAR(255) NOT NULL UNIQUE
);

CREATE TABLE member (
    id            BIGSERIAL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    bot           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity (
    id             BIGSERIAL PRIMARY KEY,
    member_id      BIGINT        NOT NULL REFERENCES member (id),
    source         VARCHAR(100)  NOT NULL,
    source_user_id VARCHAR(320)  NOT NULL,
    username       VARCHAR(255),
    display_name   VARCHAR(255),
    email          VARCHAR(320),
    profile_url    VARCHAR(1000),
    bot            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_source_user UNIQUE (source, source_user_id)
);
CREATE INDEX identity_email ON identity (email);
CREATE INDEX identity_member ON identity (member_id);

CREATE TABLE affiliation (
    id              BIGSERIAL PRIMARY KEY,
    member_id       BIGINT      NOT NULL REFERENCES member (id),
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    valid_from      DATE,
    valid_to        DATE,
    origin          VARCHAR(20) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX affiliation_member ON affiliation (member_id);

CREATE TABLE plugin_setting (
    plugin_id  VARCHAR(100) PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL
);

CREATE TABLE source_installation (
    id                      BIGSERIAL PRIMARY KEY,
    source_id               VARCHAR(100)  NOT NULL,
    name                    VARCHAR(200)  NOT NULL UNIQUE,
    settings                TEXT          NOT NULL,
    secrets                 TEXT,
    enabled                 BOOLEAN       NOT NULL,
    create_provisional_orgs BOOLEAN       NOT NULL,
    sync_interval_minutes   INTEGER,
    next_sync_at            TIMESTAMP WITH TIME ZONE,
    checkpoint              VARCHAR(4000) NOT NULL DEFAULT '',
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE activity_type (
    id                    BIGSERIAL PRIMARY KEY,
    source_id             VARCHAR(100)   NOT NULL,
    type_key              VARCHAR(64)    NOT NULL,
    label                 VARCHAR(200)   NOT NULL,
    kind                  VARCHAR(20)    NOT NULL,
    default_weight        NUMERIC(10, 2) NOT NULL,
    weight_override       NUMERIC(10, 2),
    requires_confirmation BOOLEAN        NOT NULL,
    CONSTRAINT activity_type_key UNIQUE (source_id, type_key)
);

CREATE TABLE activity (
    id               BIGSERIAL PRIMARY KEY,
    installation_id  BIGINT        NOT NULL REFERENCES source_installation (id),
    source_item_id   VARCHAR(255)  NOT NULL,
    activity_type_id BIGINT        NOT NULL REFERENCES activity_type (id),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    identity_id      BIGINT        NOT NULL REFERENCES identity (id),
    member_id        BIGINT        NOT NULL REFERENCES member (id),
    organization_id  BIGINT REFERENCES organization (id),
    url              VARCHAR(2000),
    title            VARCHAR(500),
    attributes       TEXT          NOT NULL,
    evidence         TEXT,
    review_state     VARCHAR(20)   NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    first_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT activity_item UNIQUE (installation_id, source_item_id)
);
CREATE INDEX activity_occurred_at ON activity (occurred_at);
CREATE INDEX activity_member ON activity (member_id);

CREATE TABLE sync_run (
    id              BIGSERIAL PRIMARY KEY,
    installation_id BIGINT       NOT NULL REFERENCES source_installation (id),
    run_trigger     VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    pages           INTEGER      NOT NULL DEFAULT 0,
    fetched         INTEGER      NOT NULL DEFAULT 0,
    created         INTEGER      NOT NULL DEFAULT 0,
    updated         INTEGER      NOT NULL DEFAULT 0,
    unchanged       INTEGER      NOT NULL DEFAULT 0,
    rejected        INTEGER      NOT NULL DEFAULT 0,
    message         VARCHAR(2000),
    retry_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sync_run_installation ON sync_run (installation_id, id);

CREATE TABLE sync_rejection (
    id       BIGSERIAL PRIMARY KEY,
    run_id   BIGINT        NOT NULL REFERENCES sync_run (id),
    item_id  VARCHAR(255)  NOT NULL,
    reason   VARCHAR(1000) NOT NULL
);
CREATE INDEX sync_rejection_run ON sync_rejection (run_id);

CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE auth_token (
    id          BIGSERIAL PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id),
    kind        VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
