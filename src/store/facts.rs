//! What the policy engine asks the store: a member's locations, whom they assist, and
//! the shares of a record that reach them.

use anyhow::Result;
use rusqlite::{OptionalExtension, params};

use super::Tx;
use crate::policy::{Facts, Grantee, MemberId, Policy, ResourceGrant, TargetFacts};

/// The store as the engine sees it, with the policy data the answers need: which roles
/// can be assisted (an org-wide assistant assists their holders), and the levels that
/// space membership and emergency access give.
pub struct OrgFacts<'a> {
    pub tx: &'a Tx<'a>,
    pub policy: &'a Policy,
}

impl Facts for OrgFacts<'_> {
    fn locations_of(&self, member: MemberId) -> Result<Vec<String>> {
        self.tx.member_locations(member)
    }

    fn assists(&self, assistant: MemberId, member: MemberId) -> Result<Option<String>> {
        let assisted = self
            .policy
            .constraints
            .assistance
            .as_ref()
            .map_or(&[][..], |a| a.assisted_roles.as_slice());
        self.tx.assists(assistant, member, assisted)
    }

    fn resource_grants(
        &self,
        target: &TargetFacts,
        member: MemberId,
    ) -> Result<Vec<ResourceGrant>> {
        let mut grants = Vec::new();
        if let Some(id) = target.id {
            if target.kind() == "space" {
                if let Some(level) = &self.policy.space_level {
                    grants.extend(self.tx.space_grants(id, member, level)?);
                }
            } else {
                grants.extend(self.tx.share_grants(target, id, member)?);
                if self.policy.record_groups.is_some() {
                    grants.extend(self.tx.group_grants(target, id, member)?);
                }
                if let Some(e) = &self.policy.emergency {
                    grants.extend(self.tx.emergency_grants(id, member, &e.level)?);
                }
            }
        }
        Ok(grants)
    }

    fn includes(&self, grantee: Grantee, member: MemberId) -> Result<Option<String>> {
        Ok(match grantee {
            Grantee::Member(id) => (id == member).then(|| "directly".to_string()),
            Grantee::Team(team) => self
                .tx
                .one(
                    "SELECT t.slug FROM team t JOIN team_member tm ON tm.team_id = t.id
                     WHERE t.id = ?1 AND tm.member_id = ?2",
                    params![team, member],
                    |r| r.get::<_, String>(0),
                )
                .optional()?
                .map(|slug| format!("through team {slug}")),
        })
    }

    fn team_reaches_beyond(&self, team: i64, member: MemberId) -> Result<Option<String>> {
        let shared = self
            .tx
            .one(
                "SELECT r.number, t.slug FROM share s JOIN record r ON r.id = s.record_id
                 JOIN team t ON t.id = s.team_id
                 WHERE s.team_id = ?1 AND r.owner_id <> ?2 AND r.status <> 'deleted'
                 ORDER BY r.number LIMIT 1",
                params![team, member],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
            )
            .optional()?
            .map(|(n, slug)| format!("record:{n} is shared with team {slug}"));
        if shared.is_some() {
            return Ok(shared);
        }
        // a group shared with the team reaches its records too
        Ok(self
            .tx
            .one(
                "SELECT r.number, g.slug, t.slug FROM group_share gs
                 JOIN record_group g ON g.id = gs.group_id
                 JOIN record_group_member gm ON gm.group_id = gs.group_id
                 JOIN record r ON r.id = gm.record_id
                 JOIN team t ON t.id = gs.team_id
                 WHERE gs.team_id = ?1 AND r.owner_id <> ?2 AND r.status <> 'deleted'
                 ORDER BY r.number LIMIT 1",
                params![team, member],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?
            .map(|(n, group, slug)| {
                format!("record:{n} is in group {group}, which is shared with team {slug}")
            }))
    }

    fn group_shared_with(&self, group: i64, member: MemberId) -> Result<Option<String>> {
        Ok(self
            .tx
            .one(
                "SELECT g.slug, NULL, m.email FROM group_share gs
                 JOIN record_group g ON g.id = gs.group_id JOIN member m ON m.id = gs.member_id
                 WHERE gs.group_id = ?1 AND gs.member_id = ?2
                 UNION ALL
                 SELECT g.slug, t.slug, m.email FROM group_share gs
                 JOIN record_group g ON g.id = gs.group_id
                 JOIN team t ON t.id = gs.team_id AND t.status = 'active'
                 JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = ?2
                 JOIN member m ON m.id = tm.member_id
                 WHERE gs.group_id = ?1
                 LIMIT 1",
                params![group, member],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?
            .map(|(g, team, email)| match team {
                Some(t) => format!("group {g} is shared with team {t}, and {email} is in {t}"),
                None => format!("group {g} is shared with {email}"),
            }))
    }
}

impl Tx<'_> {
    /// The levels granted on the groups a record is in that reach a member, directly or
    /// through an active team (schema 7; a separate query from the record's own shares,
    /// indexed by `record_group_member_by_record` and `group_share_member`/`_team`).
    fn group_grants(
        &self,
        target: &TargetFacts,
        record: i64,
        member: MemberId,
    ) -> Result<Vec<ResourceGrant>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT gs.level, g.slug, NULL, m.email FROM record_group_member gm
             JOIN group_share gs ON gs.group_id = gm.group_id AND gs.member_id = ?2
             JOIN record_group g ON g.id = gm.group_id
             JOIN member m ON m.id = gs.member_id
             WHERE gm.record_id = ?1
             UNION ALL
             SELECT gs.level, g.slug, t.slug, m.email FROM record_group_member gm
             JOIN group_share gs ON gs.group_id = gm.group_id
             JOIN team t ON t.id = gs.team_id AND t.status = 'active'
             JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = ?2
             JOIN record_group g ON g.id = gm.group_id
             JOIN member m ON m.id = tm.member_id
             WHERE gm.record_id = ?1",
        )?;
        let rows = stmt.query_map(params![record, member], |r| {
            let team: Option<String> = r.get(2)?;
            let email: String = r.get(3)?;
            Ok(ResourceGrant {
                level: r.get(0)?,
                via: match team {
                    Some(t) => format!("shared with team {t}, and {email} is in {t}"),
                    None => format!("shared with {email}"),
                },
                suspended: transfer_suspends(target),
                group: Some(r.get(1)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A transfer waiting for its recipient holds back every share of the record.
fn transfer_suspends(target: &TargetFacts) -> Option<String> {
    target.recipient.as_ref().map(|r| {
        format!(
            "a transfer of {} waits for {}, and its collaborators have no access until it is accepted",
            target.key, r.email
        )
    })
}

impl Tx<'_> {
    /// The live shares of a record (they reach the record and its entries) that reach a
    /// member, directly or through a team.
    fn share_grants(
        &self,
        target: &TargetFacts,
        record: i64,
        member: MemberId,
    ) -> Result<Vec<ResourceGrant>> {
        // Shares to the member, and to the active teams they are in; expired ones grant nothing.
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.level, NULL, m.email FROM share s JOIN member m ON m.id = s.member_id
             WHERE s.record_id = +?1 AND s.member_id = +?2 AND (s.until IS NULL OR s.until > +?3)
             UNION ALL
             SELECT s.level, t.slug, m.email FROM share s
             JOIN team t ON t.id = s.team_id AND t.status = 'active'
             JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = +?2
             JOIN member m ON m.id = tm.member_id
             WHERE s.record_id = +?1 AND (s.until IS NULL OR s.until > +?3)",
        )?;
        let suspended = transfer_suspends(target);
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
                group: None,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// Membership of a space, directly or through a team.
    fn space_grants(
        &self,
        space: i64,
        member: MemberId,
        level: &str,
    ) -> Result<Vec<ResourceGrant>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT NULL FROM space_member WHERE space_id = ?1 AND member_id = ?2
             UNION ALL
             SELECT t.slug FROM space_member sm JOIN team t ON t.id = sm.team_id AND t.status = 'active'
             JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = +?2
             WHERE sm.space_id = +?1",
        )?;
        let rows = stmt.query_map(params![space, member], |r| r.get::<_, Option<String>>(0))?;
        let mut grants = Vec::new();
        for team in rows {
            grants.push(ResourceGrant {
                level: level.to_string(),
                via: match team? {
                    Some(t) => format!("open to team {t}, a member of the space,"),
                    None => "open to them as a member of the space".to_string(),
                },
                suspended: None,
                group: None,
            });
        }
        Ok(grants)
    }

    /// Emergency access to a record that has not expired.
    fn emergency_grants(
        &self,
        record: i64,
        member: MemberId,
        level: &str,
    ) -> Result<Vec<ResourceGrant>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT reason, until FROM emergency_grant WHERE record_id = +?1 AND member_id = +?2 AND until > +?3
             ORDER BY until DESC",
        )?;
        let rows = stmt.query_map(params![record, member, self.now], |r| {
            Ok(ResourceGrant {
                level: level.to_string(),
                via: format!(
                    "open to them by emergency access until {} (\"{}\")",
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(0)?
                ),
                suspended: None,
                group: None,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
