-- careward schema 3 on PostgreSQL: assistant assignments and the invitation allowance.
-- The twin of migrations/0003_assistants.sql.

-- An assistant assigned org-wide (therapist_id NULL) or to one therapist.
CREATE TABLE assistant_assignment (
    assistant_id BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    therapist_id BIGINT REFERENCES member (id) ON DELETE CASCADE,
    assigned_by  TEXT COLLATE "C" NOT NULL,
    assigned_at  TEXT COLLATE "C" NOT NULL
);

CREATE UNIQUE INDEX assistant_org_wide ON assistant_assignment (assistant_id) WHERE therapist_id IS NULL;
CREATE UNIQUE INDEX assistant_dedicated ON assistant_assignment (assistant_id, therapist_id) WHERE therapist_id IS NOT NULL;
CREATE INDEX assistant_by_therapist ON assistant_assignment (therapist_id);

-- The plan's invitation allowance (NULL: unlimited) and how many invitations were sent.
ALTER TABLE org ADD COLUMN invitation_allowance BIGINT CHECK (invitation_allowance IS NULL OR invitation_allowance >= 0);
ALTER TABLE org ADD COLUMN invitations_sent BIGINT NOT NULL DEFAULT 0;
