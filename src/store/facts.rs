//! What the policy engine asks the store: a member's locations, whom they assist, and
//! the grants on a record that reach them.
//!
//! A check makes as few statements as its facts need, each an index probe (the test
//! `check_statements_use_indexes` holds every one to it): the target's facts in one
//! statement (`Tx::record_facts`), the grants on it that reach the actor in one more
//! (`Tx::record_grants`), and, for a scope that needs them, the actor's locations —
//! which a command that only reads asks once ([`FactsCache`]).

use std::cell::RefCell;
use std::collections::HashMap;

use anyhow::Result;

use super::Tx;
use super::db::{OptionalExt, Row, params};
use crate::policy::{Facts, Grantee, MemberId, MemberRef, Policy, ResourceGrant, TargetFacts};

/// The store as the engine sees it, with the policy data the answers need: which roles
/// can be assisted (an org-wide assistant assists their holders), and the levels that
/// space membership and emergency access give.
pub struct OrgFacts<'a> {
    pub tx: &'a Tx<'a>,
    pub policy: &'a Policy,
    /// what a command that only reads has asked already (`None` for one that changes:
    /// its own changes may change the answers)
    pub cache: Option<&'a FactsCache>,
}

/// Answers kept for the rest of a command that only reads, which sees one snapshot of
/// the store: a batch asks about the same actors on every line, and a denial asks for a
/// target's grants twice (once for the action, once for whether the actor may view it).
#[derive(Default)]
pub struct FactsCache {
    locations: RefCell<HashMap<MemberId, Vec<String>>>,
    /// the grants on the last target asked about, to the member asked about
    grants: RefCell<Option<(String, MemberId, Vec<ResourceGrant>)>>,
}

impl Facts for OrgFacts<'_> {
    fn locations_of(&self, member: MemberId) -> Result<Vec<String>> {
        let Some(cache) = self.cache else {
            return self.tx.member_locations(member);
        };
        if let Some(known) = cache.locations.borrow().get(&member) {
            return Ok(known.clone());
        }
        let locations = self.tx.member_locations(member)?;
        cache
            .locations
            .borrow_mut()
            .insert(member, locations.clone());
        Ok(locations)
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
        if let Some(cache) = self.cache
            && let Some((key, m, grants)) = &*cache.grants.borrow()
            && *key == target.key
            && *m == member
        {
            return Ok(grants.clone());
        }
        let grants = match target.id {
            None => Vec::new(),
            Some(id) if target.kind() == "space" => match &self.policy.space_level {
                Some(level) => self.tx.space_grants(id, member, level)?,
                None => Vec::new(),
            },
            Some(id) => {
                let mut grants = self.tx.record_grants(
                    target,
                    id,
                    member,
                    self.policy.emergency.as_ref().map(|e| e.level.as_str()),
                )?;
                // a level on a group reaches its records (a separate indexed query,
                // only where the policy has groups)
                if self.policy.record_groups.is_some() {
                    grants.extend(self.tx.group_grants(target, id, member)?);
                }
                grants
            }
        };
        if let Some(cache) = self.cache {
            *cache.grants.borrow_mut() = Some((target.key.clone(), member, grants.clone()));
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
        Ok(self.all(
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
            params![record, member],
            |r| {
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
            },
        )?)
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
    /// A record's facts as the engine needs them, in one statement, columns by position:
    /// the record's id and number, its owner, creator, location, whether it is
    /// confidential, and whom a waiting transfer waits for. `number` or `external_id`
    /// names it.
    pub fn record_facts(
        &self,
        org: i64,
        number: Option<i64>,
        external_id: Option<&str>,
    ) -> Result<Option<TargetFacts>> {
        const FACTS: &str =
            "SELECT r.id, r.number, r.owner_id, o.email, r.creator_id, r.creator, l.slug,
                r.confidential, t.to_id, pt.email
            FROM record r
            JOIN member o ON o.id = r.owner_id
            LEFT JOIN location l ON l.id = r.location_id
            LEFT JOIN transfer t ON t.record_id = r.id AND t.status = 'pending'
            LEFT JOIN member pt ON pt.id = t.to_id";
        let facts = |r: &Row| {
            let pending: Option<MemberId> = r.get(8)?;
            Ok(TargetFacts {
                key: format!("record:{}", r.get::<_, i64>(1)?),
                id: Some(r.get(0)?),
                owner: Some(MemberRef {
                    id: r.get(2)?,
                    email: r.get(3)?,
                }),
                creator: match r.get::<_, Option<MemberId>>(4)? {
                    Some(id) => Some(MemberRef {
                        id,
                        email: r.get(5)?,
                    }),
                    None => None,
                },
                locations: r.get::<_, Option<String>>(6)?.into_iter().collect(),
                confidential: r.get(7)?,
                recipient: match pending {
                    Some(id) => Some(MemberRef {
                        id,
                        email: r.get(9)?,
                    }),
                    None => None,
                },
                entry_kind: None,
            })
        };
        Ok(match (number, external_id) {
            (Some(n), _) => self
                .one(
                    &format!("{FACTS} WHERE r.org_id = +?1 AND r.number = +?2"),
                    params![org, n],
                    facts,
                )
                .optional()?,
            (None, Some(ext)) => self
                .one(
                    &format!("{FACTS} WHERE r.org_id = +?1 AND r.external_id = +?2"),
                    params![org, ext],
                    facts,
                )
                .optional()?,
            (None, None) => None,
        })
    }

    /// The live grants on a record (they reach the record and its entries) that reach a
    /// member, in one statement: its shares with the member, with the active teams they
    /// are in, and — where the policy has it (`emergency`, at that level) — their
    /// emergency access; expired ones grant nothing. Each arm is an index probe by
    /// record (`share_member`, `share_team` then `team_member`'s key, `emergency_by_record`);
    /// UNION ALL runs them in this order, the order the engine weighs them in. (One more
    /// kind of grant on a record is one more arm: a grant to a group of performers that
    /// holds the record's performer, reaching the member directly or through a team.)
    fn record_grants(
        &self,
        target: &TargetFacts,
        record: i64,
        member: MemberId,
        emergency: Option<&str>,
    ) -> Result<Vec<ResourceGrant>> {
        let suspended = transfer_suspends(target);
        let mut grants = Vec::new();
        // (the emergency arm's subquery is named `e`: PostgreSQL 15 requires it)
        self.conn.query_each(
            "SELECT 0, s.level, NULL, m.email FROM share s JOIN member m ON m.id = s.member_id
             WHERE s.record_id = +?1 AND s.member_id = +?2 AND (s.until IS NULL OR s.until > +?3)
             UNION ALL
             SELECT 1, s.level, t.slug, m.email FROM share s
             JOIN team t ON t.id = s.team_id AND t.status = 'active'
             JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = +?2
             JOIN member m ON m.id = tm.member_id
             WHERE s.record_id = +?1 AND (s.until IS NULL OR s.until > +?3)
             UNION ALL
             SELECT * FROM (SELECT 2, reason, until, NULL FROM emergency_grant
                            WHERE record_id = +?1 AND member_id = +?2 AND until > +?3
                            ORDER BY until DESC) AS e",
            params![record, member, self.now],
            |r| {
                let grant = match r.get::<_, i64>(0)? {
                    0 => ResourceGrant {
                        level: r.get(1)?,
                        via: format!("shared with {}", r.get::<_, String>(3)?),
                        suspended: suspended.clone(),
                        group: None,
                    },
                    1 => {
                        let team: String = r.get(2)?;
                        ResourceGrant {
                            level: r.get(1)?,
                            via: format!(
                                "shared with team {team}, and {} is in {team}",
                                r.get::<_, String>(3)?
                            ),
                            suspended: suspended.clone(),
                            group: None,
                        }
                    }
                    _ => match emergency {
                        Some(level) => ResourceGrant {
                            level: level.to_string(),
                            via: format!(
                                "open to them by emergency access until {} (\"{}\")",
                                r.get::<_, String>(2)?,
                                r.get::<_, String>(1)?
                            ),
                            suspended: None,
                            group: None,
                        },
                        None => return Ok(()),
                    },
                };
                grants.push(grant);
                Ok(())
            },
        )?;
        Ok(grants)
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
        let teams = self.all(
            "SELECT NULL FROM space_member WHERE space_id = ?1 AND member_id = ?2
             UNION ALL
             SELECT t.slug FROM space_member sm JOIN team t ON t.id = sm.team_id AND t.status = 'active'
             JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = +?2
             WHERE sm.space_id = +?1",
            params![space, member],
            |r| r.get::<_, Option<String>>(0),
        )?;
        let mut grants = Vec::new();
        for team in teams {
            grants.push(ResourceGrant {
                level: level.to_string(),
                via: match team {
                    Some(t) => format!("open to team {t}, a member of the space,"),
                    None => "open to them as a member of the space".to_string(),
                },
                suspended: None,
                group: None,
            });
        }
        Ok(grants)
    }
}
