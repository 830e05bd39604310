-- careward schema 3: assistant assignments and the invitation allowance.

-- An assistant assigned org-wide (therapist_id NULL) or to one therapist.
CREATE TABLE assistant_assignment (
    assistant_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    therapist_id INTEGER REFERENCES member (id) ON DELETE CASCADE,
    assigned_by  TEXT NOT NULL,
    assigned_at  TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX assistant_org_wide ON assistant_assignment (assistant_id) WHERE therapist_id IS NULL;
CREATE UNIQUE INDEX assistant_dedicated ON assistant_assignment (assistant_id, therapist_id) WHERE therapist_id IS NOT NULL;
CREATE INDEX assistant_by_therapist ON assistant_assignment (therapist_id);

-- The plan's invitation allowance (NULL: unlimited) and how many invitations were sent.
ALTER TABLE org ADD COLUMN invitation_allowance INTEGER CHECK (invitation_allowance IS NULL OR invitation_allowance >= 0);
ALTER TABLE org ADD COLUMN invitations_sent INTEGER NOT NULL DEFAULT 0;
