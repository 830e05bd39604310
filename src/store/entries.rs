//! Record entries (notes, documents, invoices, …): their metadata, approval, and what a
//! transfer does with them. careward never keeps clinical text.

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Record, Tx, require};
use crate::policy::{Granted, MemberId, MemberRef, TargetFacts};

#[derive(Clone, Debug)]
pub struct Entry {
    pub id: i64,
    pub record: Record,
    pub kind: String,
    pub title: String,
    pub author: String,
    pub author_id: Option<MemberId>,
    pub confidential: bool,
    /// draft, final, pending-approval, approved
    pub status: String,
    pub created_at: String,
    pub edited_at: Option<String>,
    pub submitted_at: Option<String>,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
}

impl Entry {
    pub fn key(&self) -> String {
        format!("entry:{}", self.id)
    }

    /// An entry as the policy sees it: its record's owner, location and shares, with
    /// its own author and confidentiality.
    pub fn target(&self) -> TargetFacts {
        TargetFacts {
            key: self.key(),
            creator: self.author_id.map(|id| MemberRef {
                id,
                email: self.author.clone(),
            }),
            confidential: self.confidential,
            entry_kind: Some(self.kind.clone()),
            ..self.record.target()
        }
    }
}

pub struct NewEntry<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub author: &'a str,
    pub author_id: Option<MemberId>,
    pub confidential: bool,
    pub status: &'a str,
}

struct EntryRow {
    id: i64,
    record: i64,
    kind: String,
    title: String,
    author: String,
    author_id: Option<MemberId>,
    confidential: bool,
    status: String,
    created_at: String,
    edited_at: Option<String>,
    submitted_at: Option<String>,
    approved_by: Option<String>,
    approved_at: Option<String>,
}

fn entry_row(r: &Row) -> DbResult<EntryRow> {
    Ok(EntryRow {
        id: r.get("id")?,
        record: r.get("record_id")?,
        kind: r.get("kind")?,
        title: r.get("title")?,
        author: r.get("author")?,
        author_id: r.get("author_id")?,
        confidential: r.get("confidential")?,
        status: r.get("status")?,
        created_at: r.get("created_at")?,
        edited_at: r.get("edited_at")?,
        submitted_at: r.get("submitted_at")?,
        approved_by: r.get("approved_by")?,
        approved_at: r.get("approved_at")?,
    })
}

impl EntryRow {
    fn with(self, record: Record) -> Entry {
        Entry {
            id: self.id,
            record,
            kind: self.kind,
            title: self.title,
            author: self.author,
            author_id: self.author_id,
            confidential: self.confidential,
            status: self.status,
            created_at: self.created_at,
            edited_at: self.edited_at,
            submitted_at: self.submitted_at,
            approved_by: self.approved_by,
            approved_at: self.approved_at,
        }
    }
}

impl Tx<'_> {
    pub fn entry(&self, org: i64, id: i64) -> Result<Option<Entry>> {
        let row = self.one(
                "SELECT e.* FROM entry e JOIN record r ON r.id = e.record_id WHERE r.org_id = ?1 AND e.id = ?2",
                params![org, id],
                entry_row,
            )
            .optional()?;
        let Some(row) = row else {
            return Ok(None);
        };
        let number: i64 = self.one(
            "SELECT number FROM record WHERE id = ?1",
            params![row.record],
            |r| r.get(0),
        )?;
        let record = self
            .record_by_number(org, number)?
            .ok_or_else(|| anyhow::anyhow!("entry {id} lost its record"))?;
        Ok(Some(row.with(record)))
    }

    /// A record's entries, oldest first.
    pub fn entries(&self, record: &Record) -> Result<Vec<Entry>> {
        let rows = self.all(
            "SELECT * FROM entry WHERE record_id = ?1 ORDER BY id",
            params![record.id],
            entry_row,
        )?;
        Ok(rows.into_iter().map(|r| r.with(record.clone())).collect())
    }

    /// The entries of many records at once, by record id (a bulk transfer asks once,
    /// not once per record).
    pub fn entries_of(
        &self,
        records: &[Record],
    ) -> Result<std::collections::HashMap<i64, Vec<Entry>>> {
        let by_id: std::collections::HashMap<i64, &Record> =
            records.iter().map(|r| (r.id, r)).collect();
        let ids = serde_json::to_string(&by_id.keys().collect::<Vec<_>>())?;
        let rows = self.all(
            &format!(
                "SELECT * FROM entry WHERE record_id IN ({}) ORDER BY id",
                self.dialect().ids_from_json("?1")
            ),
            params![ids],
            entry_row,
        )?;
        let mut out: std::collections::HashMap<i64, Vec<Entry>> = std::collections::HashMap::new();
        for row in rows {
            if let Some(record) = by_id.get(&row.record) {
                out.entry(row.record)
                    .or_default()
                    .push(row.with((*record).clone()));
            }
        }
        Ok(out)
    }

    /// Whether a record holds a confidential entry: it is then partially confidential.
    pub fn has_confidential_entries(&self, record: &Record) -> Result<bool> {
        Ok(self.one(
            "SELECT EXISTS (SELECT 1 FROM entry WHERE record_id = ?1 AND confidential = 1)",
            params![record.id],
            |r| r.get(0),
        )?)
    }

    /// Notes waiting for approval: in records `member` owns, or written by `member`. A
    /// read-only archived copy waits for nothing: it never changes.
    pub fn pending_approvals(&self, org: i64, member: MemberId) -> Result<Vec<Entry>> {
        let rows = self.all(
            "SELECT e.*, r.number AS record_number FROM entry e JOIN record r ON r.id = e.record_id
             WHERE r.org_id = ?1 AND e.status = 'pending-approval' AND r.read_only = 0
               AND (r.owner_id = ?2 OR e.author_id = ?2)
             ORDER BY e.id",
            params![org, member],
            |r| Ok((entry_row(r)?, r.get::<_, i64>("record_number")?)),
        )?;
        let mut out = Vec::new();
        for (row, number) in rows {
            if let Some(record) = self.record_by_number(org, number)? {
                out.push(row.with(record));
            }
        }
        Ok(out)
    }

    /// `action` is the one the policy names for creating an entry of this kind.
    pub fn insert_entry(
        &self,
        proof: &Granted,
        action: &str,
        record: &Record,
        new: &NewEntry,
    ) -> Result<i64> {
        require(proof, &[action], &record.key())?;
        Ok(self.insert_id(
            "INSERT INTO entry (record_id, kind, title, author_id, author, confidential, status, created_at, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN ?7 = 'draft' THEN NULL ELSE ?8 END)",
            params![
                record.id,
                new.kind,
                new.title,
                new.author_id,
                new.author,
                i64::from(new.confidential),
                new.status,
                self.now,
            ],
        )?)
    }

    /// `action` is the one the policy names for editing an entry of this kind.
    pub fn edit_entry(
        &self,
        proof: &Granted,
        action: &str,
        entry: &Entry,
        title: &str,
        confidential: bool,
    ) -> Result<()> {
        require(proof, &[action], &entry.key())?;
        self.run(
            "UPDATE entry SET title = ?2, confidential = ?3, edited_at = ?4 WHERE id = ?1",
            params![entry.id, title, i64::from(confidential), self.now],
        )?;
        Ok(())
    }

    /// A draft becomes a note: final, or waiting for approval.
    pub fn submit_entry(
        &self,
        proof: &Granted,
        action: &str,
        entry: &Entry,
        status: &str,
    ) -> Result<()> {
        require(proof, &[action], &entry.key())?;
        self.run(
            "UPDATE entry SET status = ?2, submitted_at = ?3 WHERE id = ?1",
            params![entry.id, status, self.now],
        )?;
        Ok(())
    }

    /// The owner's co-signature: the note is approved, with both signatures kept.
    pub fn approve_entry(&self, proof: &Granted, entry: &Entry, approver: &str) -> Result<()> {
        require(proof, &["note.approve"], &entry.key())?;
        self.run(
            "UPDATE entry SET status = 'approved', approved_by = ?2, approved_at = ?3 WHERE id = ?1",
            params![entry.id, approver, self.now],
        )?;
        Ok(())
    }

    /// Delete one entry; `action` is the one the policy names for deleting its kind.
    pub fn delete_entry(&self, proof: &Granted, action: &str, entry: &Entry) -> Result<()> {
        require(proof, &[action], &entry.key())?;
        self.run("DELETE FROM entry WHERE id = ?1", params![entry.id])?;
        Ok(())
    }

    /// Delete entries a transfer does not carry.
    pub fn delete_entries(&self, proof: &Granted, record: &Record, ids: &[i64]) -> Result<()> {
        require(
            proof,
            &["record.transfer", crate::policy::RECEIVE_ACTION],
            &record.key(),
        )?;
        for id in ids {
            self.run(
                "DELETE FROM entry WHERE id = ?1 AND record_id = ?2",
                params![id, record.id],
            )?;
        }
        Ok(())
    }

    /// Keep a read-only archived copy of a record, with all its entries, for its
    /// previous owner. Returns the copy's number.
    pub fn copy_record(&self, proof: &Granted, org: i64, record: &Record) -> Result<i64> {
        require(
            proof,
            &["record.transfer", crate::policy::RECEIVE_ACTION],
            &record.key(),
        )?;
        let number = self.next_record_number(org)?;
        let copy: i64 = self.insert_id(
            "INSERT INTO record (org_id, number, external_id, client, owner_id, creator, creator_id, location_id,
                                 confidential, status, created_at, status_since, owner_since, read_only, copy_of)
             SELECT org_id, ?2, NULL, client, owner_id, creator, creator_id, location_id,
                    confidential, 'archived', created_at, ?3, owner_since, 1, id
             FROM record WHERE id = ?1",
            params![record.id, number, self.now],
        )?;
        self.run(
            "INSERT INTO entry (record_id, kind, title, author_id, author, confidential, status, created_at,
                                edited_at, submitted_at, approved_by, approved_at)
             SELECT ?2, kind, title, author_id, author, confidential, status, created_at,
                    edited_at, submitted_at, approved_by, approved_at
             FROM entry WHERE record_id = ?1 ORDER BY id",
            params![record.id, copy],
        )?;
        Ok(number)
    }

    /// Whether a member's notes on a record wait for approval, and if so who set that
    /// (`Some(None)`: support staff).
    pub fn approval_requirement(
        &self,
        record: i64,
        member: MemberId,
    ) -> Result<Option<Option<MemberId>>> {
        Ok(self
            .one(
                "SELECT supervisor_id FROM approval_requirement WHERE record_id = ?1 AND member_id = ?2",
                params![record, member],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Whether a member's notes on a record wait for approval, whatever gives them access.
    pub fn requires_approval(&self, record: i64, member: MemberId) -> Result<bool> {
        Ok(self.approval_requirement(record, member)?.is_some())
    }

    /// Make a member's notes on a record wait for approval (`supervisor`: who sets it),
    /// or lift that (`None`).
    pub fn set_approval_requirement(
        &self,
        proof: &Granted,
        record: &Record,
        member: MemberId,
        supervisor: Option<Option<MemberId>>,
    ) -> Result<()> {
        require(proof, &["record.share"], &record.key())?;
        match supervisor {
            Some(by) => self.run(
                "INSERT INTO approval_requirement (record_id, member_id, supervisor_id, set_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (record_id, member_id) DO UPDATE SET supervisor_id = excluded.supervisor_id",
                params![record.id, member, by, self.now],
            )?,
            None => self.run(
                "DELETE FROM approval_requirement WHERE record_id = ?1 AND member_id = ?2",
                params![record.id, member],
            )?,
        };
        Ok(())
    }
}

/// A break-glass grant, as listed.
#[derive(Clone, Debug)]
pub struct EmergencyGrant {
    pub record: i64,
    pub member: String,
    pub reason: String,
    pub granted_at: String,
    pub until: String,
}

impl Tx<'_> {
    pub fn grant_emergency(
        &self,
        proof: &Granted,
        record: &Record,
        member: MemberId,
        reason: &str,
        until: &str,
    ) -> Result<()> {
        require(proof, &["record.emergency"], &record.key())?;
        self.run(
            "INSERT INTO emergency_grant (record_id, member_id, reason, granted_at, until) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![record.id, member, reason, self.now, until],
        )?;
        Ok(())
    }

    /// Emergency grants in an organisation, newest first: all of them, or one member's.
    pub fn emergency_grant_list(
        &self,
        org: i64,
        member: Option<MemberId>,
    ) -> Result<Vec<EmergencyGrant>> {
        Ok(self.all(
            "SELECT r.number, m.email, g.reason, g.granted_at, g.until FROM emergency_grant g
             JOIN record r ON r.id = g.record_id JOIN member m ON m.id = g.member_id
             WHERE r.org_id = ?1 AND (CAST(?2 AS BIGINT) IS NULL OR g.member_id = ?2) ORDER BY g.id DESC",
            params![org, member],
            |r| {
                Ok(EmergencyGrant {
                    record: r.get(0)?,
                    member: r.get(1)?,
                    reason: r.get(2)?,
                    granted_at: r.get(3)?,
                    until: r.get(4)?,
                })
            },
        )?)
    }
}
