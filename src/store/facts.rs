//! What the policy engine asks the store: a member's locations, whom they assist, and
//! the shares of a record that reach them.

use anyhow::Result;
use rusqlite::params;

use super::Tx;
use crate::policy::{Facts, MemberId, ResourceGrant, TargetFacts};

/// The store as the engine sees it, with the one piece of policy data the answers
/// need: which roles can be assisted (an org-wide assistant assists their holders).
pub struct OrgFacts<'a> {
    pub tx: &'a Tx<'a>,
    pub assisted_roles: &'a [String],
}

impl Facts for OrgFacts<'_> {
    fn locations_of(&self, member: MemberId) -> Result<Vec<String>> {
        self.tx.member_locations(member)
    }

    fn assists(&self, assistant: MemberId, member: MemberId) -> Result<Option<String>> {
        self.tx.assists(assistant, member, self.assisted_roles)
    }

    fn resource_grants(
        &self,
        target: &TargetFacts,
        member: MemberId,
    ) -> Result<Vec<ResourceGrant>> {
        self.tx.resource_grants(target, member)
    }
}

impl Tx<'_> {
    fn resource_grants(
        &self,
        target: &TargetFacts,
        member: MemberId,
    ) -> Result<Vec<ResourceGrant>> {
        let Some(record) = target.id.filter(|_| target.key.starts_with("record:")) else {
            return Ok(Vec::new());
        };
        // Shares to the member, and to the active teams they are in; expired ones grant nothing.
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.level, NULL, m.email FROM share s JOIN member m ON m.id = s.member_id
             WHERE s.record_id = ?1 AND s.member_id = ?2 AND (s.until IS NULL OR s.until > ?3)
             UNION ALL
             SELECT s.level, t.slug, m.email FROM share s
             JOIN team t ON t.id = s.team_id AND t.status = 'active'
             JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = ?2
             JOIN member m ON m.id = tm.member_id
             WHERE s.record_id = ?1 AND (s.until IS NULL OR s.until > ?3)",
        )?;
        let suspended = target.recipient.as_ref().map(|r| {
            format!(
                "a transfer of {} waits for {}, and its collaborators have no access until it is accepted",
                target.key, r.email
            )
        });
        let rows = stmt.query_map(params![record, member, self.now], |r| {
            let level: String = r.get(0)?;
            let team: Option<String> = r.get(1)?;
            let email: String = r.get(2)?;
            Ok(ResourceGrant {
                level,
                via: match team {
                    Some(t) => format!("shared with team {t}, and {email} is in {t}"),
                    None => format!("shared with {email}"),
                },
                suspended: suspended.clone(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
