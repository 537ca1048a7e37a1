-- Reports (issue 5): the administrator's note for an unusual month, and the monthly report stored with each
-- published revision so that what was published can be shown again exactly.
CREATE TABLE report_note (
    calendar_month VARCHAR(7)    PRIMARY KEY,
    note           VARCHAR(2000) NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE published_report (
    published_month_id BIGINT PRIMARY KEY REFERENCES published_month (id),
    content            TEXT   NOT NULL
);
