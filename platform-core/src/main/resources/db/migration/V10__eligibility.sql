-- What the eligibility engine reads besides activities and payments (issue 6): memberships, sponsorships kept
-- eligible by an older rule, and the code-of-conduct register, which only reviewers read.

-- A membership of the project (e.g. corporate member) that meets the financial criterion for the months it covers.
CREATE TABLE membership (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    kind            VARCHAR(100)  NOT NULL, -- e.g. 'corporate member'
    tier            VARCHAR(100),
    starts_on       DATE          NOT NULL,
    ends_on         DATE,                   -- the last day; NULL while it runs
    note            VARCHAR(1000),
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT membership_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX membership_organization ON membership (organization_id);

-- A sponsorship that reached the policy's grandfathering minimum before its cut-off, recorded by an administrator
-- with the evidence they relied on.
CREATE TABLE grandfathered_sponsorship (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT         NOT NULL REFERENCES organization (id),
    monthly_usd     NUMERIC(19, 4) NOT NULL,
    since           DATE           NOT NULL,
    evidence        VARCHAR(2000)  NOT NULL,
    created_by      VARCHAR(100)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grandfathered_sponsorship_organization UNIQUE (organization_id)
);

-- A code-of-conduct incident against an organization, a member, or both. The summary is for reviewers only; the
-- eligibility report shows dates and counts of breaches, never the summary or who.
CREATE TABLE conduct_incident (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT        REFERENCES organization (id),
    member_id       BIGINT        REFERENCES member (id),
    occurred_on     DATE          NOT NULL,
    outcome         VARCHAR(10)   NOT NULL, -- PENDING, BREACH, NO_BREACH
    summary         VARCHAR(4000) NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conduct_incident_subject CHECK (organization_id IS NOT NULL OR member_id IS NOT NULL)
);
CREATE INDEX conduct_incident_day ON conduct_incident (outcome, occurred_on);
