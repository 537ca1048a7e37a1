-- A member's activities in date order: whether someone is new in a month (no activity before it) and their latest
-- activity (inactivity alerts) are index lookups instead of reads of the whole history. The single-column index on
-- member_id stays: H2 uses it for the foreign key.
CREATE INDEX activity_member_occurred_at ON activity (member_id, occurred_at);
