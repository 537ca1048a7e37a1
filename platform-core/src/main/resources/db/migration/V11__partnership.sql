-- Partner applications, the partner lifecycle and roadmap requests (issue 6).

-- An organization's application to become a partner. The reviewer's decision keeps the eligibility report the
-- reviewer saw (JSON) and the policy version that produced it; status_token is the applicant's unguessable link.
CREATE TABLE partner_application (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    contact_name    VARCHAR(200)  NOT NULL,
    contact_email   VARCHAR(320)  NOT NULL,
    motivation      VARCHAR(5000) NOT NULL,
    status          VARCHAR(20)   NOT NULL, -- SUBMITTED, APPROVED, REJECTED, WITHDRAWN
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(100),
    decision_note   VARCHAR(5000),
    report_json     TEXT,
    policy_version  VARCHAR(100),
    status_token    VARCHAR(64)   NOT NULL UNIQUE
);
CREATE INDEX partner_application_organization ON partner_application (organization_id);

-- The team members an application names; member_id is set when the email matches a known identity.
CREATE TABLE partner_application_member (
    id             BIGSERIAL PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES partner_application (id),
    name           VARCHAR(200) NOT NULL,
    email          VARCHAR(320) NOT NULL,
    member_id      BIGINT       REFERENCES member (id)
);
CREATE INDEX partner_application_member_application ON partner_application_member (application_id);

-- One row per organization that was ever a partner: where it stands now.
CREATE TABLE partnership (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL UNIQUE REFERENCES organization (id),
    status          VARCHAR(20)  NOT NULL, -- ACTIVE, GRACE, DELISTED
    since           DATE         NOT NULL, -- the day it reached this status
    tier            VARCHAR(64),
    months_below    INT          NOT NULL DEFAULT 0,
    last_month      VARCHAR(7),            -- the last month the lifecycle evaluated (YYYY-MM)
    policy_version  VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What happened to a partnership, month by month.
CREATE TABLE partnership_event (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    kind            VARCHAR(20)   NOT NULL, -- APPROVED, GRACE_STARTED, RECOVERED, DELISTED, TIER_CHANGED
    calendar_month  VARCHAR(7)    NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    policy_version  VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX partnership_event_organization ON partnership_event (organization_id, id);

-- A partner's feature request, funded (with an amount and currency) or not; year is the calendar year it counts in.
CREATE TABLE roadmap_request (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT         NOT NULL REFERENCES organization (id),
    title           VARCHAR(200)   NOT NULL,
    description     VARCHAR(5000)  NOT NULL,
    funded          BOOLEAN        NOT NULL,
    amount          NUMERIC(19, 4),
    currency        VARCHAR(3),
    submitted_by    VARCHAR(200)   NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    calendar_year   INT            NOT NULL
);
CREATE INDEX roadmap_request_organization_year ON roadmap_request (organization_id, calendar_year);
