-- Payments to the project and who made them (issue 6). Installations of finance sources live in
-- source_installation with the contribution sources' (plugin ids share one namespace), and their runs in sync_run.

-- Who paid, as each origin knows them, and the organization an administrator or a rule matched them to.
CREATE TABLE payer (
    id              BIGSERIAL PRIMARY KEY,
    origin          VARCHAR(100)  NOT NULL, -- a finance source's id, or 'csv' or 'manual'
    account_id      VARCHAR(255)  NOT NULL, -- the origin's stable id of the paying account
    name            VARCHAR(255),
    email           VARCHAR(320),
    website         VARCHAR(1000),
    organization_id BIGINT        REFERENCES organization (id),
    matched_by      VARCHAR(20),            -- how organization_id was set: ADMIN, WEBSITE_DOMAIN, EMAIL_DOMAIN, NAME
    matched_at      TIMESTAMP WITH TIME ZONE,
    individual      BOOLEAN       NOT NULL DEFAULT FALSE, -- an administrator said this payer is no organization
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payer_account UNIQUE (origin, account_id)
);
CREATE INDEX payer_organization ON payer (organization_id);

-- One payment, unique by (origin, payment_key) like an activity by its item id: reading it again changes nothing.
-- usd_amount is NULL until a rate is known for the currency on the day (the payment is kept, and counted once a
-- rate is added); rate_basis says where the rate came from.
CREATE TABLE payment (
    id              BIGSERIAL PRIMARY KEY,
    origin          VARCHAR(100)   NOT NULL,
    payment_key     VARCHAR(255)   NOT NULL,
    installation_id BIGINT         REFERENCES source_installation (id), -- NULL for CSV imports and manual entries
    payer_id        BIGINT         NOT NULL REFERENCES payer (id),
    amount          NUMERIC(19, 4) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    usd_amount      NUMERIC(19, 4),
    usd_rate        NUMERIC(24, 12),        -- US dollars per unit of currency
    rate_basis      VARCHAR(200),
    paid_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recurrence      VARCHAR(10)    NOT NULL, -- ONE_TIME, MONTHLY, YEARLY
    tier            VARCHAR(255),
    note            VARCHAR(1000),
    entered_by      VARCHAR(100),            -- the user who imported or entered it
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_origin_key UNIQUE (origin, payment_key)
);
CREATE INDEX payment_payer_paid ON payment (payer_id, paid_at);

-- Exchange rates an administrator enters; they win over the Big Mac index's own market rates (dollar_ex).
CREATE TABLE exchange_rate (
    id           BIGSERIAL PRIMARY KEY,
    currency     VARCHAR(3)      NOT NULL,
    valid_from   DATE            NOT NULL,
    usd_per_unit NUMERIC(24, 12) NOT NULL,
    source       VARCHAR(200)    NOT NULL, -- where the administrator took it from
    created_by   VARCHAR(100)    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_rate_currency_day UNIQUE (currency, valid_from)
);
