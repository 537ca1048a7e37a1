-- Country-adjusted financial thresholds from The Economist's Big Mac index (see docs/finance-thresholds.md).
-- Each imported file is a data set; an edition is one publication date within one data set, so the same date may be
-- stored several times (the index revises past editions) and the deployment chooses which data set to use.
-- Prices keep the file's digits (up to 15 decimals, as The Economist publishes them).

CREATE TABLE threshold_edition (
    id            BIGSERIAL PRIMARY KEY,
    edition_date  DATE         NOT NULL,
    data_set      VARCHAR(300) NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT threshold_edition_data_set_date UNIQUE (data_set, edition_date)
);
CREATE INDEX threshold_edition_date ON threshold_edition (edition_date);

CREATE TABLE threshold_price (
    id            BIGSERIAL PRIMARY KEY,
    edition_id    BIGINT         NOT NULL REFERENCES threshold_edition (id),
    iso_a3        VARCHAR(3)     NOT NULL,
    currency_code VARCHAR(3)     NOT NULL,
    country_name  VARCHAR(200)   NOT NULL,
    local_price   NUMERIC(30, 15) NOT NULL,
    dollar_ex     NUMERIC(30, 15) NOT NULL,
    dollar_price  NUMERIC(30, 15) NOT NULL,
    CONSTRAINT threshold_price_edition_country UNIQUE (edition_id, iso_a3)
);

CREATE TABLE threshold_override (
    iso_a3      VARCHAR(3)     PRIMARY KEY,
    usd_amount  NUMERIC(14, 2) NOT NULL,
    reason      VARCHAR(1000)  NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
