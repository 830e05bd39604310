//! Locations (schools) and work teams, and who belongs to them.

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Tx, require};
use crate::policy::{Granted, MemberId, TargetFacts};

/// A location or a work team: both are a slug, a name, a status and a set of members.
#[derive(Clone, Debug)]
pub struct Group {
    pub id: i64,
    pub kind: GroupKind,
    pub slug: String,
    pub name: String,
    pub status: String,
    pub created_at: String,
    pub members: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    Location,
    Team,
}

impl GroupKind {
    pub fn noun(self) -> &'static str {
        match self {
            GroupKind::Location => "location",
            GroupKind::Team => "team",
        }
    }

    fn table(self) -> &'static str {
        match self {
            GroupKind::Location => "location",
            GroupKind::Team => "team",
        }
    }

    /// the membership table and its group column
    fn link(self) -> (&'static str, &'static str) {
        match self {
            GroupKind::Location => ("member_location", "location_id"),
            GroupKind::Team => ("team_member", "team_id"),
        }
    }
}

impl Group {
    pub fn target(&self) -> TargetFacts {
        TargetFacts {
            key: format!("{}:{}", self.kind.noun(), self.slug),
            locations: match self.kind {
                GroupKind::Location => vec![self.slug.clone()],
                GroupKind::Team => Vec::new(),
            },
            ..TargetFacts::org()
        }
    }
}

fn from_row(kind: GroupKind) -> impl Fn(&Row) -> DbResult<Group> {
    move |row| {
        Ok(Group {
            id: row.get("id")?,
            kind,
            slug: row.get("slug")?,
            name: row.get("name")?,
            status: row.get("status")?,
            created_at: row.get("created_at")?,
            members: Vec::new(),
        })
    }
}

impl Tx<'_> {
    pub fn group(&self, kind: GroupKind, org: i64, slug: &str) -> Result<Option<Group>> {
        // The table name comes from a fixed enum, never from input.
        let group = self
            .one(
                &format!(
                    "SELECT * FROM {} WHERE org_id = ?1 AND slug = ?2",
                    kind.table()
                ),
                params![org, slug],
                from_row(kind),
            )
            .optional()?;
        match group {
            Some(mut g) => {
                g.members = self.group_members(kind, g.id)?;
                Ok(Some(g))
            }
            None => Ok(None),
        }
    }

    fn group_members(&self, kind: GroupKind, id: i64) -> Result<Vec<String>> {
        let (link, col) = kind.link();
        Ok(self.all(
            &format!(
                "SELECT m.email FROM {link} l JOIN member m ON m.id = l.member_id WHERE l.{col} = ?1 ORDER BY m.email"
            ),
            params![id],
            |r| r.get(0),
        )?)
    }

    pub fn groups(&self, kind: GroupKind, org: i64, include_archived: bool) -> Result<Vec<Group>> {
        let mut groups: Vec<Group> = self.all(
            &format!(
                "SELECT * FROM {} WHERE org_id = ?1 AND (CAST(?2 AS BIGINT) = 1 OR status = 'active') ORDER BY slug",
                kind.table()
            ),
            params![org, i64::from(include_archived)],
            from_row(kind),
        )?;
        for g in &mut groups {
            g.members = self.group_members(kind, g.id)?;
        }
        Ok(groups)
    }

    pub fn create_group(
        &self,
        proof: &Granted,
        kind: GroupKind,
        org: i64,
        slug: &str,
        name: &str,
    ) -> Result<()> {
        let action = match kind {
            GroupKind::Location => "location.manage",
            GroupKind::Team => "team.manage",
        };
        require(proof, &[action], &format!("{}:{slug}", kind.noun()))?;
        self.run(
            &format!(
                "INSERT INTO {} (org_id, slug, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                kind.table()
            ),
            params![org, slug, name, self.now],
        )?;
        Ok(())
    }

    pub fn update_group(
        &self,
        proof: &Granted,
        group: &Group,
        name: &str,
        status: &str,
    ) -> Result<()> {
        require(
            proof,
            &["location.manage", "team.manage"],
            &group.target().key,
        )?;
        self.run(
            &format!(
                "UPDATE {} SET name = ?2, status = ?3 WHERE id = ?1",
                group.kind.table()
            ),
            params![group.id, name, status],
        )?;
        Ok(())
    }

    /// Add or remove a member; returns whether anything changed.
    pub fn set_group_member(
        &self,
        proof: &Granted,
        group: &Group,
        member: MemberId,
        belongs: bool,
    ) -> Result<bool> {
        require(
            proof,
            &["location.assign", "team.manage"],
            &group.target().key,
        )?;
        let (link, col) = group.kind.link();
        let changed = if belongs {
            self.run(
                &format!(
                    "INSERT INTO {link} (member_id, {col}) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
                ),
                params![member, group.id],
            )?
        } else {
            self.run(
                &format!("DELETE FROM {link} WHERE member_id = ?1 AND {col} = ?2"),
                params![member, group.id],
            )?
        };
        Ok(changed > 0)
    }

    /// The active locations (slugs) a member is assigned to.
    pub fn member_locations(&self, member: MemberId) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT l.slug FROM member_location ml JOIN location l ON l.id = ml.location_id
             WHERE ml.member_id = ?1 AND l.status = 'active' ORDER BY l.slug",
            params![member],
            |r| r.get(0),
        )?)
    }

    /// The active teams (slugs) a member is in.
    pub fn member_teams(&self, member: MemberId) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT t.slug FROM team_member tm JOIN team t ON t.id = tm.team_id
             WHERE tm.member_id = ?1 AND t.status = 'active' ORDER BY t.slug",
            params![member],
            |r| r.get(0),
        )?)
    }
}
