-- careward schema 5: an approval requirement belongs to the member on the record,
-- whatever gives them access (their own share, a team's, a later share), and outlives
-- the share it was set with; only the record's owner or the supervisor who set it lifts it.
CREATE TABLE approval_requirement (
    record_id     INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    member_id     INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    -- who set it (NULL: support staff), and so may lift it besides the owner
    supervisor_id INTEGER REFERENCES member (id),
    set_at        TEXT NOT NULL,
    PRIMARY KEY (record_id, member_id)
) STRICT;

INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at)
    SELECT s.record_id, s.member_id, r.owner_id, s.shared_at
    FROM share s JOIN record r ON r.id = s.record_id
    WHERE s.require_approval = 1 AND s.member_id IS NOT NULL;

ALTER TABLE share DROP COLUMN require_approval;
