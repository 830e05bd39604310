//! Groups of records (behavior-charts: groups of performers), the records in them, and
//! the levels granted on them. What a group share reaches is worked out at each check
//! ([`super::facts`]), so a record taken out of a group loses the group's shares at once.

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Grantee, Tx, require};
use crate::policy::{Granted, TargetFacts};

#[derive(Clone, Debug)]
pub struct RecordGroup {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub created_by: String,
    pub created_at: String,
}

impl RecordGroup {
    pub fn key(&self) -> String {
        format!("group:{}", self.slug)
    }

    pub fn target(&self) -> TargetFacts {
        TargetFacts {
            key: self.key(),
            ..TargetFacts::org()
        }
    }

    fn from_row(row: &Row) -> DbResult<RecordGroup> {
        Ok(RecordGroup {
            id: row.get("id")?,
            slug: row.get("slug")?,
            name: row.get("name")?,
            created_by: row.get("created_by")?,
            created_at: row.get("created_at")?,
        })
    }
}

/// A level granted on a group, to a member (by email) or a team (by slug).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupShare {
    pub member: Option<String>,
    pub team: Option<String>,
    pub level: String,
    pub shared_by: String,
    pub shared_at: String,
}

impl GroupShare {
    /// `ann@x.org` or `team:tsa`
    pub fn grantee_label(&self) -> String {
        match (&self.member, &self.team) {
            (Some(m), _) => m.clone(),
            (None, Some(t)) => format!("team:{t}"),
            (None, None) => String::new(),
        }
    }
}

fn grantee_ids(grantee: Grantee) -> (Option<i64>, Option<i64>) {
    match grantee {
        Grantee::Member(m) => (Some(m), None),
        Grantee::Team(t) => (None, Some(t)),
    }
}

impl Tx<'_> {
    pub fn record_group(&self, org: i64, slug: &str) -> Result<Option<RecordGroup>> {
        Ok(self
            .one(
                "SELECT * FROM record_group WHERE org_id = ?1 AND slug = ?2",
                params![org, slug],
                RecordGroup::from_row,
            )
            .optional()?)
    }

    pub fn record_groups(&self, org: i64) -> Result<Vec<RecordGroup>> {
        Ok(self.all(
            "SELECT * FROM record_group WHERE org_id = ?1 ORDER BY slug",
            params![org],
            RecordGroup::from_row,
        )?)
    }

    /// The numbers of the records in a group, in order.
    pub fn group_record_numbers(&self, group: i64) -> Result<Vec<i64>> {
        Ok(self.all(
            "SELECT r.number FROM record_group_member gm JOIN record r ON r.id = gm.record_id
             WHERE gm.group_id = ?1 ORDER BY r.number",
            params![group],
            |r| r.get(0),
        )?)
    }

    /// The slugs of the groups a record is in.
    pub fn groups_of_record(&self, record: i64) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT g.slug FROM record_group_member gm JOIN record_group g ON g.id = gm.group_id
             WHERE gm.record_id = ?1 ORDER BY g.slug",
            params![record],
            |r| r.get(0),
        )?)
    }

    pub fn group_shares(&self, group: i64) -> Result<Vec<GroupShare>> {
        Ok(self.all(
            "SELECT m.email, t.slug, gs.level, gs.shared_by, gs.shared_at FROM group_share gs
             LEFT JOIN member m ON m.id = gs.member_id LEFT JOIN team t ON t.id = gs.team_id
             WHERE gs.group_id = ?1 ORDER BY gs.id",
            params![group],
            |r| {
                Ok(GroupShare {
                    member: r.get(0)?,
                    team: r.get(1)?,
                    level: r.get(2)?,
                    shared_by: r.get(3)?,
                    shared_at: r.get(4)?,
                })
            },
        )?)
    }

    /// Create a group; `at` is now, or the time a file says it was made (`org seed`).
    pub fn create_record_group(
        &self,
        proof: &Granted,
        org: i64,
        slug: &str,
        name: &str,
        by: &str,
        at: Option<&str>,
    ) -> Result<i64> {
        require(proof, &[proof.action()], &format!("group:{slug}"))?;
        Ok(self.insert_id(
            "INSERT INTO record_group (org_id, slug, name, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![org, slug, name, by, at.unwrap_or(&self.now)],
        )?)
    }

    /// Put a record in a group or take it out; returns whether anything changed.
    pub fn set_group_record(
        &self,
        proof: &Granted,
        group: &RecordGroup,
        record: i64,
        belongs: bool,
        by: &str,
    ) -> Result<bool> {
        require(proof, &[proof.action()], &group.key())?;
        let changed = if belongs {
            self.run(
                "INSERT INTO record_group_member (group_id, record_id, added_by, added_at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![group.id, record, by, self.now],
            )?
        } else {
            self.run(
                "DELETE FROM record_group_member WHERE group_id = ?1 AND record_id = ?2",
                params![group.id, record],
            )?
        };
        Ok(changed > 0)
    }

    /// Grant a level on a group (replacing the grantee's earlier one); returns that level.
    pub fn put_group_share(
        &self,
        proof: &Granted,
        group: &RecordGroup,
        grantee: Grantee,
        level: &str,
        by: &str,
        at: Option<&str>,
    ) -> Result<Option<String>> {
        require(proof, &[proof.action()], &group.key())?;
        let (member, team) = grantee_ids(grantee);
        let before: Option<String> = self
            .one(
                "DELETE FROM group_share WHERE group_id = ?1 AND (member_id = ?2 OR team_id = ?3)
                 RETURNING level",
                params![group.id, member, team],
                |r| r.get(0),
            )
            .optional()?;
        self.run(
            "INSERT INTO group_share (group_id, member_id, team_id, level, shared_by, shared_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![group.id, member, team, level, by, at.unwrap_or(&self.now)],
        )?;
        Ok(before)
    }

    /// Take a grant on a group away; returns whether there was one.
    pub fn delete_group_share(
        &self,
        proof: &Granted,
        group: &RecordGroup,
        grantee: Grantee,
    ) -> Result<bool> {
        require(proof, &[proof.action()], &group.key())?;
        let (member, team) = grantee_ids(grantee);
        Ok(self.run(
            "DELETE FROM group_share WHERE group_id = ?1 AND (member_id = ?2 OR team_id = ?3)",
            params![group.id, member, team],
        )? > 0)
    }
}
