-- A member's activities in date order: whether someone is new in a month (no activity before it) and their latest
-- activity (inactivity alerts) are index lookups instead of reads of the whole history.
CREATE INDEX activity_member_occurred_at ON activity (member_id, occurred_at);
DROP INDEX activity_member;
