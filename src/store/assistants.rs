//! Assistant assignments: an assistant supports the whole organisation (org-wide) or
//! specific therapists.

use anyhow::Result;

use super::db::{OptionalExt, params};
use super::{Tx, require};
use crate::policy::{Granted, MemberId};

/// One assistant's assignment.
#[derive(Clone, Debug)]
pub struct Assignment {
    pub assistant: String,
    /// None: org-wide
    pub therapist: Option<String>,
    pub assigned_by: String,
    pub assigned_at: String,
}

impl Tx<'_> {
    /// How `assistant` assists `member`: "dedicated", "org-wide" (when the member holds
    /// one of `assisted_roles`), or not at all.
    pub fn assists(
        &self,
        assistant: MemberId,
        member: MemberId,
        assisted_roles: &[String],
    ) -> Result<Option<String>> {
        let org_wide: Option<bool> = self
            .one(
                "SELECT therapist_id IS NULL FROM assistant_assignment
                 WHERE assistant_id = ?1 AND (therapist_id = ?2 OR therapist_id IS NULL)
                 ORDER BY therapist_id IS NULL",
                params![assistant, member],
                |r| r.get(0),
            )
            .optional()?;
        match org_wide {
            Some(false) => Ok(Some("dedicated assistant".into())),
            Some(true) => {
                let roles = self.member_role_names(member)?;
                Ok(roles
                    .iter()
                    .any(|r| assisted_roles.contains(r))
                    .then(|| "org-wide assistant".to_string()))
            }
            None => Ok(None),
        }
    }

    fn member_role_names(&self, member: MemberId) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT role FROM member_role WHERE member_id = ?1",
            params![member],
            |r| r.get(0),
        )?)
    }

    /// Every assignment in the organisation, by assistant then therapist.
    pub fn assignments(&self, org: i64) -> Result<Vec<Assignment>> {
        // an org-wide assignment (no therapist) first, as SQLite sorts NULL
        Ok(self.all(
            "SELECT a.email, t.email, x.assigned_by, x.assigned_at FROM assistant_assignment x
             JOIN member a ON a.id = x.assistant_id LEFT JOIN member t ON t.id = x.therapist_id
             WHERE a.org_id = ?1 ORDER BY a.email, t.email NULLS FIRST",
            params![org],
            |r| {
                Ok(Assignment {
                    assistant: r.get(0)?,
                    therapist: r.get(1)?,
                    assigned_by: r.get(2)?,
                    assigned_at: r.get(3)?,
                })
            },
        )?)
    }

    /// The dedicated assistants (emails) of a therapist.
    pub fn dedicated_assistants(&self, therapist: MemberId) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT a.email FROM assistant_assignment x JOIN member a ON a.id = x.assistant_id
             WHERE x.therapist_id = ?1 ORDER BY a.email",
            params![therapist],
            |r| r.get(0),
        )?)
    }

    /// Assign an assistant org-wide (`therapist` None) or to a therapist. Returns
    /// whether anything changed.
    pub fn assign_assistant(
        &self,
        proof: &Granted,
        assistant: MemberId,
        assistant_key: &str,
        therapist: Option<MemberId>,
        by: &str,
    ) -> Result<bool> {
        require(proof, &["assistant.assign"], assistant_key)?;
        let n = self.run(
            "INSERT INTO assistant_assignment (assistant_id, therapist_id, assigned_by, assigned_at)
             SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (
               SELECT 1 FROM assistant_assignment
               WHERE assistant_id = ?1 AND therapist_id IS NOT DISTINCT FROM ?2)",
            params![assistant, therapist, by, self.now],
        )?;
        Ok(n > 0)
    }

    /// Remove an assistant's assignments: one (org-wide, or to a therapist), or all of
    /// them (`all`). Returns how many were removed.
    pub fn unassign_assistant(
        &self,
        proof: &Granted,
        assistant: MemberId,
        assistant_key: &str,
        therapist: Option<MemberId>,
        all: bool,
    ) -> Result<usize> {
        require(proof, &["assistant.assign", "role.assign"], assistant_key)?;
        Ok(self.run(
            "DELETE FROM assistant_assignment
             WHERE assistant_id = ?1 AND (CAST(?3 AS BIGINT) = 1 OR therapist_id IS NOT DISTINCT FROM ?2)",
            params![assistant, therapist, i64::from(all)],
        )?)
    }

    /// Remove an assistant's dedicated assignments (when they become org-wide).
    /// Returns how many were removed.
    pub fn unassign_dedicated(
        &self,
        proof: &Granted,
        assistant: MemberId,
        assistant_key: &str,
    ) -> Result<usize> {
        require(proof, &["assistant.assign"], assistant_key)?;
        Ok(self.run(
            "DELETE FROM assistant_assignment WHERE assistant_id = ?1 AND therapist_id IS NOT NULL",
            params![assistant],
        )?)
    }

    /// Remove the assignments in which a member is the assisted therapist (when they
    /// no longer hold a role that can be assisted).
    pub fn unassign_therapist(
        &self,
        proof: &Granted,
        therapist: MemberId,
        therapist_key: &str,
    ) -> Result<usize> {
        require(proof, &["role.assign"], therapist_key)?;
        Ok(self.run(
            "DELETE FROM assistant_assignment WHERE therapist_id = ?1",
            params![therapist],
        )?)
    }
}
