-- Alerts, the notifier installations they go out through, and the outbox of their deliveries (issue 5).

-- A partner organization is held to the program's practical minimum; the partner lifecycle sets it later.
ALTER TABLE organization ADD COLUMN partner BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE alert (
    id           BIGSERIAL PRIMARY KEY,
    kind         VARCHAR(30)   NOT NULL,
    dedupe_key   VARCHAR(200)  NOT NULL UNIQUE,
    subject_type VARCHAR(20)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    subject_name VARCHAR(200)  NOT NULL,
    period       VARCHAR(20)   NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alert_status_created ON alert (status, created_at);

CREATE TABLE notifier_installation (
    id          BIGSERIAL PRIMARY KEY,
    notifier_id VARCHAR(100)  NOT NULL,
    name        VARCHAR(200)  NOT NULL UNIQUE,
    settings    TEXT          NOT NULL,
    secrets     TEXT,
    enabled     BOOLEAN       NOT NULL,
    alert_kinds VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE alert_delivery (
    id                       BIGSERIAL PRIMARY KEY,
    alert_id                 BIGINT       NOT NULL REFERENCES alert (id),
    notifier_installation_id BIGINT       NOT NULL REFERENCES notifier_installation (id) ON DELETE CASCADE,
    status                   VARCHAR(20)  NOT NULL,
    attempts                 INT          NOT NULL,
    next_attempt_at          TIMESTAMP WITH TIME ZONE,
    last_error               VARCHAR(1000),
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alert_delivery_pair UNIQUE (alert_id, notifier_installation_id)
);
CREATE INDEX alert_delivery_due ON alert_delivery (status, next_attempt_at);
