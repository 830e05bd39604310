-- careward schema 5 on PostgreSQL: an approval requirement belongs to the member on the
-- record, whatever gives them access, and outlives the share it was set with. The twin
-- of migrations/0005_approvals.sql.
CREATE TABLE approval_requirement (
    record_id     BIGINT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    member_id     BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    -- who set it (NULL: support staff), and so may lift it besides the owner
    supervisor_id BIGINT REFERENCES member (id),
    set_at        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (record_id, member_id)
);

INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at)
    SELECT s.record_id, s.member_id, r.owner_id, s.shared_at
    FROM share s JOIN record r ON r.id = s.record_id
    WHERE s.require_approval = 1 AND s.member_id IS NOT NULL;

ALTER TABLE share DROP COLUMN require_approval;
