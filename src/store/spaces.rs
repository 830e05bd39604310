//! Collaborative spaces: a place to exchange around a client without access to their
//! record. Membership (of members or teams) is the only thing a space grants.

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Grantee, Tx, require};
use crate::policy::{Granted, MemberId, MemberRef, TargetFacts};

#[derive(Clone, Debug)]
pub struct Space {
    pub id: i64,
    pub name: String,
    /// the record it was created from: (number, client display name)
    pub record: Option<(i64, String)>,
    pub creator: String,
    pub creator_id: Option<MemberId>,
    pub status: String,
    pub created_at: String,
}

impl Space {
    pub fn key(&self) -> String {
        format!("space:{}", self.id)
    }

    pub fn target(&self) -> TargetFacts {
        TargetFacts {
            key: self.key(),
            id: Some(self.id),
            creator: self.creator_id.map(|id| MemberRef {
                id,
                email: self.creator.clone(),
            }),
            ..TargetFacts::org()
        }
    }
}

const SELECT_SPACE: &str =
    "SELECT s.id, s.name, r.number, r.client, s.creator, s.creator_id, s.status, s.created_at
    FROM space s LEFT JOIN record r ON r.id = s.record_id";

fn space_row(r: &Row) -> DbResult<Space> {
    let number: Option<i64> = r.get(2)?;
    let client: Option<String> = r.get(3)?;
    Ok(Space {
        id: r.get(0)?,
        name: r.get(1)?,
        record: number.zip(client),
        creator: r.get(4)?,
        creator_id: r.get(5)?,
        status: r.get(6)?,
        created_at: r.get(7)?,
    })
}

/// A space's member: a member or a team, and who invited them.
#[derive(Clone, Debug)]
pub struct SpaceMember {
    pub member: Option<String>,
    pub team: Option<String>,
    pub invited_by: String,
    pub invited_at: String,
}

impl Tx<'_> {
    pub fn space(&self, org: i64, id: i64) -> Result<Option<Space>> {
        Ok(self
            .one(
                &format!("{SELECT_SPACE} WHERE s.org_id = ?1 AND s.id = ?2"),
                params![org, id],
                space_row,
            )
            .optional()?)
    }

    /// Every space of an organisation, oldest first.
    pub fn spaces(&self, org: i64) -> Result<Vec<Space>> {
        Ok(self.all(
            &format!("{SELECT_SPACE} WHERE s.org_id = ?1 ORDER BY s.id"),
            params![org],
            space_row,
        )?)
    }

    /// The spaces a member belongs to, directly or through an active team.
    pub fn spaces_of(&self, org: i64, member: MemberId) -> Result<Vec<Space>> {
        Ok(self.all(
            &format!(
                "{SELECT_SPACE} WHERE s.org_id = ?1 AND s.id IN (
                   SELECT space_id FROM space_member WHERE member_id = ?2
                   UNION SELECT sm.space_id FROM space_member sm
                     JOIN team t ON t.id = sm.team_id AND t.status = 'active'
                     JOIN team_member tm ON tm.team_id = t.id AND tm.member_id = ?2)
                 ORDER BY s.id"
            ),
            params![org, member],
            space_row,
        )?)
    }

    /// Create a space; its creator is its first member.
    pub fn create_space(
        &self,
        proof: &Granted,
        org: i64,
        name: &str,
        record: Option<i64>,
        creator: &str,
        creator_id: MemberId,
    ) -> Result<i64> {
        require(proof, &["space.create"], "org")?;
        let id: i64 = self.insert_id(
            "INSERT INTO space (org_id, name, record_id, creator_id, creator, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![org, name, record, creator_id, creator, self.now],
        )?;
        self.run(
            "INSERT INTO space_member (space_id, member_id, invited_by, invited_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, creator_id, creator, self.now],
        )?;
        Ok(id)
    }

    pub fn space_members(&self, space: i64) -> Result<Vec<SpaceMember>> {
        // `rowid`: SQLite's implicit one; PostgreSQL's space_member has a column of that name
        Ok(self.all(
            "SELECT m.email, t.slug, sm.invited_by, sm.invited_at FROM space_member sm
             LEFT JOIN member m ON m.id = sm.member_id LEFT JOIN team t ON t.id = sm.team_id
             WHERE sm.space_id = ?1 ORDER BY sm.rowid",
            params![space],
            |r| {
                Ok(SpaceMember {
                    member: r.get(0)?,
                    team: r.get(1)?,
                    invited_by: r.get(2)?,
                    invited_at: r.get(3)?,
                })
            },
        )?)
    }

    /// Invite a member or a team; returns whether they were not in yet.
    pub fn add_space_member(
        &self,
        proof: &Granted,
        space: &Space,
        who: Grantee,
        by: &str,
    ) -> Result<bool> {
        require(proof, &["space.invite"], &space.key())?;
        let (member, team) = match who {
            Grantee::Member(m) => (Some(m), None),
            Grantee::Team(t) => (None, Some(t)),
        };
        let n = self.run(
            "INSERT INTO space_member (space_id, member_id, team_id, invited_by, invited_at)
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (
               SELECT 1 FROM space_member WHERE space_id = ?1 AND (member_id = ?2 OR team_id = ?3))",
            params![space.id, member, team, by, self.now],
        )?;
        Ok(n > 0)
    }

    /// A member leaves a space (their own membership; a team's stays).
    pub fn leave_space(&self, proof: &Granted, space: &Space, member: MemberId) -> Result<bool> {
        require(proof, &["space.view"], &space.key())?;
        let n = self.run(
            "DELETE FROM space_member WHERE space_id = ?1 AND member_id = ?2",
            params![space.id, member],
        )?;
        Ok(n > 0)
    }

    pub fn archive_space(&self, proof: &Granted, space: &Space) -> Result<()> {
        require(proof, &["space.archive"], &space.key())?;
        self.run(
            "UPDATE space SET status = 'archived' WHERE id = ?1",
            params![space.id],
        )?;
        Ok(())
    }

    /// Post to a space (the exchange's metadata); returns the post's id.
    pub fn post_to_space(
        &self,
        proof: &Granted,
        space: &Space,
        kind: &str,
        title: &str,
        author: &str,
        author_id: Option<MemberId>,
    ) -> Result<i64> {
        require(proof, &["space.post"], &space.key())?;
        Ok(self.insert_id(
            "INSERT INTO space_post (space_id, kind, title, author_id, author, posted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![space.id, kind, title, author_id, author, self.now],
        )?)
    }

    pub fn space_post_count(&self, space: i64) -> Result<i64> {
        Ok(self.one(
            "SELECT count(*) FROM space_post WHERE space_id = ?1",
            params![space],
            |r| r.get(0),
        )?)
    }
}
