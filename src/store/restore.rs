//! Writing an organisation back as it was (`org seed` of an `org export`): rows with the
//! numbers, ids and times they had, and the reads `org export` needs beyond what the
//! commands use. Every write takes the founding grant of `org seed`, which only the
//! whole file's checks against the policy lead to.

use std::collections::BTreeMap;

use anyhow::Result;

use super::db::{Param, params};
use super::{Grantee, NewShare, Tx, require};
use crate::error::Error;
use crate::policy::{Granted, MemberId};

/// A record as stored, to be written back whole.
pub struct RestoredRecord<'a> {
    pub number: i64,
    pub client: &'a str,
    pub external_id: Option<&'a str>,
    pub owner: MemberId,
    pub creator: &'a str,
    pub creator_id: Option<MemberId>,
    pub location: Option<i64>,
    pub confidential: bool,
    pub status: &'a str,
    pub created_at: &'a str,
    pub status_since: &'a str,
    pub owner_since: &'a str,
    pub read_only: bool,
}

/// An entry as stored; `id` None takes the next free one.
pub struct RestoredEntry<'a> {
    pub id: Option<i64>,
    pub kind: &'a str,
    pub title: &'a str,
    pub author: &'a str,
    pub author_id: Option<MemberId>,
    pub confidential: bool,
    pub status: &'a str,
    pub created_at: &'a str,
    pub edited_at: Option<&'a str>,
    pub submitted_at: Option<&'a str>,
    pub approved_by: Option<&'a str>,
    pub approved_at: Option<&'a str>,
}

/// A transfer, waiting or decided, as stored.
#[derive(Clone, Debug)]
pub struct TransferRow {
    pub from: String,
    pub to: String,
    pub started_by: String,
    pub started_at: String,
    pub status: String,
    pub decided_at: Option<String>,
    pub options: Option<String>,
}

/// A break-glass grant of one record, as stored.
#[derive(Clone, Debug)]
pub struct EmergencyRow {
    pub member: String,
    pub reason: String,
    pub granted_at: String,
    pub until: String,
}

/// A post in a space, as stored.
#[derive(Clone, Debug)]
pub struct Post {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub author: String,
    pub posted_at: String,
}

/// The tables whose ids are global to the store (and shown as `entry:ID`, `space:ID`,
/// post ids): a restored organisation keeps them when they are free.
#[derive(Clone, Copy, Debug)]
pub enum GlobalId {
    Entry,
    Space,
    Post,
}

impl GlobalId {
    fn table(self) -> &'static str {
        match self {
            GlobalId::Entry => "entry",
            GlobalId::Space => "space",
            GlobalId::Post => "space_post",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            GlobalId::Entry => "entry",
            GlobalId::Space => "space",
            GlobalId::Post => "post",
        }
    }
}

impl Tx<'_> {
    /// Refuse an id another organisation of this store already uses.
    fn ensure_free(&self, kind: GlobalId, id: i64) -> Result<()> {
        // The table name comes from a fixed enum, never from input.
        let taken: bool = self.one(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)",
                kind.table()
            ),
            params![id],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::conflict(format!(
                "{} id {id} is already used in this store",
                kind.noun()
            ))
            .hinted("seed the file into a new store (--db NEW.db), or leave out the `id:` fields to have new ids given")
            .into());
        }
        Ok(())
    }

    /// INSERT a row into a table of global ids, with the id the file gave it (`Some`, and
    /// free: see [`Tx::ensure_free`]) or the next free one; its id. `values` are `?1`…
    /// in the order of `columns`.
    fn insert_keeping_id(
        &self,
        kind: GlobalId,
        id: Option<i64>,
        columns: &str,
        values: &[&dyn Param],
    ) -> Result<i64> {
        // PostgreSQL's identity column takes no NULL id: a row without one leaves the
        // column out.
        let (columns, values) = match &id {
            Some(id) => (
                format!("{columns}, id"),
                [values, &[id as &dyn Param]].concat(),
            ),
            None => (columns.to_string(), values.to_vec()),
        };
        let placeholders = (1..=values.len())
            .map(|n| format!("?{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        // The table name comes from a fixed enum, never from input.
        let table = kind.table();
        let new: i64 = self.insert_id(
            &format!("INSERT INTO {table} ({columns}) VALUES ({placeholders})"),
            &values,
        )?;
        Ok(new)
    }

    /// The organisation's creation time and the invitations its plan has used.
    pub fn restore_org(
        &self,
        proof: &Granted,
        org: i64,
        created_at: &str,
        invitations_sent: u32,
    ) -> Result<()> {
        require(proof, &["org.manage"], "org")?;
        self.run(
            "UPDATE org SET created_at = ?2, invitations_sent = ?3 WHERE id = ?1",
            params![org, created_at, i64::from(invitations_sent)],
        )?;
        Ok(())
    }

    /// A member's invitation and the time they reached their state.
    pub fn restore_member(
        &self,
        proof: &Granted,
        member: MemberId,
        invited_by: &str,
        invited_at: &str,
        status_since: &str,
    ) -> Result<()> {
        require(proof, &["member.invite"], "org")?;
        self.run(
            "UPDATE member SET invited_by = ?2, invited_at = ?3, status_since = ?4 WHERE id = ?1",
            params![member, invited_by, invited_at, status_since],
        )?;
        Ok(())
    }

    pub fn restore_group_created(
        &self,
        proof: &Granted,
        group: &super::Group,
        created_at: &str,
    ) -> Result<()> {
        require(proof, &["location.manage", "team.manage"], "org")?;
        // The table name comes from a fixed enum, never from input.
        self.run(
            &format!(
                "UPDATE {} SET created_at = ?2 WHERE id = ?1",
                group.kind.noun()
            ),
            params![group.id, created_at],
        )?;
        Ok(())
    }

    pub fn restore_assignment(
        &self,
        proof: &Granted,
        assistant: MemberId,
        therapist: Option<MemberId>,
        by: &str,
        at: &str,
    ) -> Result<()> {
        require(proof, &["assistant.assign"], "org")?;
        self.run(
            "UPDATE assistant_assignment SET assigned_by = ?3, assigned_at = ?4
             WHERE assistant_id = ?1 AND therapist_id IS NOT DISTINCT FROM ?2",
            params![assistant, therapist, by, at],
        )?;
        Ok(())
    }

    /// A record with its number, state and times; its id. (The row is not read back:
    /// a seed writes a million of them.)
    pub fn restore_record(&self, proof: &Granted, org: i64, new: &RestoredRecord) -> Result<i64> {
        require(proof, &["record.create"], "org")?;
        Ok(self.insert_id(
            "INSERT INTO record (org_id, number, external_id, client, owner_id, creator, creator_id, location_id,
                                 confidential, status, created_at, status_since, owner_since, read_only)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                org,
                new.number,
                new.external_id,
                new.client,
                new.owner,
                new.creator,
                new.creator_id,
                new.location,
                i64::from(new.confidential),
                new.status,
                new.created_at,
                new.status_since,
                new.owner_since,
                i64::from(new.read_only),
            ],
        )?)
    }

    /// Mark `copy` as the read-only copy of `original`.
    pub fn restore_copy_of(&self, proof: &Granted, copy: i64, original: i64) -> Result<()> {
        require(proof, &["record.transfer"], "org")?;
        self.run(
            "UPDATE record SET copy_of = ?2 WHERE id = ?1",
            params![copy, original],
        )?;
        Ok(())
    }

    /// The record each read-only copy of an organisation was kept from: copy number →
    /// original number (None once the original was purged).
    pub fn copies_of(&self, org: i64) -> Result<BTreeMap<i64, i64>> {
        let pairs = self.all(
            "SELECT c.number, o.number FROM record c JOIN record o ON o.id = c.copy_of WHERE c.org_id = ?1",
            params![org],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(pairs.into_iter().collect())
    }

    /// A share with its options, reason, author and time.
    #[allow(clippy::too_many_arguments)]
    pub fn restore_share(
        &self,
        proof: &Granted,
        record: i64,
        grantee: Grantee,
        level: &str,
        until: Option<&str>,
        reason: Option<&str>,
        shared_by: &str,
        shared_at: &str,
    ) -> Result<()> {
        require(proof, &["record.share"], "org")?;
        let share = NewShare {
            grantee,
            level,
            until,
            reason,
            by: shared_by,
        };
        self.insert_share(record, &share, shared_at)
    }

    /// Every transfer of a record, waiting or decided, oldest first.
    pub fn transfers_of(&self, record: i64) -> Result<Vec<TransferRow>> {
        Ok(self.all(
            "SELECT f.email, m.email, t.started_by, t.started_at, t.status, t.decided_at, t.options
             FROM transfer t JOIN member f ON f.id = t.from_id JOIN member m ON m.id = t.to_id
             WHERE t.record_id = ?1 ORDER BY t.id",
            params![record],
            |r| {
                Ok(TransferRow {
                    from: r.get(0)?,
                    to: r.get(1)?,
                    started_by: r.get(2)?,
                    started_at: r.get(3)?,
                    status: r.get(4)?,
                    decided_at: r.get(5)?,
                    options: r.get(6)?,
                })
            },
        )?)
    }

    pub fn restore_transfer(
        &self,
        proof: &Granted,
        record: i64,
        from: MemberId,
        to: MemberId,
        row: &TransferRow,
    ) -> Result<()> {
        require(proof, &["record.transfer"], "org")?;
        self.run(
            "INSERT INTO transfer (record_id, from_id, to_id, started_by, started_at, status, decided_at, options)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                record,
                from,
                to,
                row.started_by,
                row.started_at,
                row.status,
                row.decided_at,
                row.options
            ],
        )?;
        Ok(())
    }

    pub fn restore_entry(&self, proof: &Granted, record: i64, e: &RestoredEntry) -> Result<i64> {
        require(proof, &["entry.create"], "org")?;
        if let Some(id) = e.id {
            self.ensure_free(GlobalId::Entry, id)?;
        }
        self.insert_keeping_id(
            GlobalId::Entry,
            e.id,
            "record_id, kind, title, author_id, author, confidential, status, created_at,
             edited_at, submitted_at, approved_by, approved_at",
            params![
                record,
                e.kind,
                e.title,
                e.author_id,
                e.author,
                i64::from(e.confidential),
                e.status,
                e.created_at,
                e.edited_at,
                e.submitted_at,
                e.approved_by,
                e.approved_at,
            ],
        )
    }

    /// A record's break-glass grants, oldest first.
    pub fn emergency_grants_of(&self, record: i64) -> Result<Vec<EmergencyRow>> {
        Ok(self.all(
            "SELECT m.email, g.reason, g.granted_at, g.until FROM emergency_grant g
             JOIN member m ON m.id = g.member_id WHERE g.record_id = ?1 ORDER BY g.id",
            params![record],
            |r| {
                Ok(EmergencyRow {
                    member: r.get(0)?,
                    reason: r.get(1)?,
                    granted_at: r.get(2)?,
                    until: r.get(3)?,
                })
            },
        )?)
    }

    pub fn restore_emergency(
        &self,
        proof: &Granted,
        record: i64,
        member: MemberId,
        row: &EmergencyRow,
    ) -> Result<()> {
        require(proof, &["record.emergency"], "org")?;
        self.run(
            "INSERT INTO emergency_grant (record_id, member_id, reason, granted_at, until) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![record, member, row.reason, row.granted_at, row.until],
        )?;
        Ok(())
    }

    /// A space as it was, without its members (see [`Tx::restore_space_member`]).
    #[allow(clippy::too_many_arguments)]
    pub fn restore_space(
        &self,
        proof: &Granted,
        org: i64,
        id: Option<i64>,
        name: &str,
        record: Option<i64>,
        creator: &str,
        creator_id: Option<MemberId>,
        status: &str,
        created_at: &str,
    ) -> Result<i64> {
        require(proof, &["space.create"], "org")?;
        if let Some(id) = id {
            self.ensure_free(GlobalId::Space, id)?;
        }
        self.insert_keeping_id(
            GlobalId::Space,
            id,
            "org_id, name, record_id, creator_id, creator, status, created_at",
            params![org, name, record, creator_id, creator, status, created_at],
        )
    }

    pub fn restore_space_member(
        &self,
        proof: &Granted,
        space: i64,
        who: Grantee,
        invited_by: &str,
        invited_at: &str,
    ) -> Result<()> {
        require(proof, &["space.invite"], "org")?;
        let (member, team) = match who {
            Grantee::Member(m) => (Some(m), None),
            Grantee::Team(t) => (None, Some(t)),
        };
        self.run(
            "INSERT INTO space_member (space_id, member_id, team_id, invited_by, invited_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![space, member, team, invited_by, invited_at],
        )?;
        Ok(())
    }

    /// A space's posts, oldest first.
    pub fn space_posts(&self, space: i64) -> Result<Vec<Post>> {
        Ok(self.all(
            "SELECT id, kind, title, author, posted_at FROM space_post WHERE space_id = ?1 ORDER BY id",
            params![space],
            |r| {
                Ok(Post {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    title: r.get(2)?,
                    author: r.get(3)?,
                    posted_at: r.get(4)?,
                })
            },
        )?)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn restore_post(
        &self,
        proof: &Granted,
        space: i64,
        id: Option<i64>,
        kind: &str,
        title: &str,
        author: &str,
        author_id: Option<MemberId>,
        posted_at: &str,
    ) -> Result<i64> {
        require(proof, &["space.post"], "org")?;
        if let Some(id) = id {
            self.ensure_free(GlobalId::Post, id)?;
        }
        self.insert_keeping_id(
            GlobalId::Post,
            id,
            "space_id, kind, title, author_id, author, posted_at",
            params![space, kind, title, author_id, author, posted_at],
        )
    }

    /// The members whose notes on a record wait for approval: (member, supervisor —
    /// `None` for support staff —, set at), by member.
    pub fn approvals_of(&self, record: i64) -> Result<Vec<(String, Option<String>, String)>> {
        Ok(self.all(
            "SELECT m.email, s.email, a.set_at FROM approval_requirement a
             JOIN member m ON m.id = a.member_id LEFT JOIN member s ON s.id = a.supervisor_id
             WHERE a.record_id = ?1 ORDER BY m.email",
            params![record],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// A member's notes on a record waiting for approval, as the file says.
    pub fn restore_approval(
        &self,
        proof: &Granted,
        record: i64,
        member: MemberId,
        supervisor: Option<MemberId>,
        set_at: &str,
    ) -> Result<()> {
        require(proof, &["record.share"], "org")?;
        self.run(
            "INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![record, member, supervisor, set_at],
        )?;
        Ok(())
    }
}
