//! Client records, their shares and their transfers.

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Tx, require};
use crate::policy::{Granted, Grantee, MemberId, MemberRef, TargetFacts};

#[derive(Clone, Debug)]
pub struct Record {
    pub id: i64,
    pub number: i64,
    pub external_id: Option<String>,
    pub client: String,
    pub owner: MemberRef,
    pub creator: String,
    pub creator_id: Option<MemberId>,
    pub location: Option<String>,
    pub confidential: bool,
    pub status: String,
    pub created_at: String,
    pub status_since: String,
    pub owner_since: String,
    /// the recipient of a transfer waiting for them
    pub pending_to: Option<MemberRef>,
    /// an archived copy kept by a previous owner: it can be read, never changed
    pub read_only: bool,
}

const SELECT_RECORD: &str = "SELECT r.id, r.number, r.external_id, r.client, r.owner_id, o.email AS owner_email,
        r.creator, r.creator_id, l.slug AS location, r.confidential, r.status, r.created_at, r.status_since,
        r.owner_since, r.read_only, t.to_id AS pending_to_id, pt.email AS pending_to_email
    FROM record r
    JOIN member o ON o.id = r.owner_id
    LEFT JOIN location l ON l.id = r.location_id
    LEFT JOIN transfer t ON t.record_id = r.id AND t.status = 'pending'
    LEFT JOIN member pt ON pt.id = t.to_id";

impl Record {
    fn from_row(row: &Row) -> DbResult<Record> {
        let pending_id: Option<MemberId> = row.get("pending_to_id")?;
        let pending_email: Option<String> = row.get("pending_to_email")?;
        Ok(Record {
            id: row.get("id")?,
            number: row.get("number")?,
            external_id: row.get("external_id")?,
            client: row.get("client")?,
            owner: MemberRef {
                id: row.get("owner_id")?,
                email: row.get("owner_email")?,
            },
            creator: row.get("creator")?,
            creator_id: row.get("creator_id")?,
            location: row.get("location")?,
            confidential: row.get("confidential")?,
            status: row.get("status")?,
            created_at: row.get("created_at")?,
            status_since: row.get("status_since")?,
            owner_since: row.get("owner_since")?,
            pending_to: pending_id
                .zip(pending_email)
                .map(|(id, email)| MemberRef { id, email }),
            read_only: row.get("read_only")?,
        })
    }

    pub fn key(&self) -> String {
        format!("record:{}", self.number)
    }

    pub fn target(&self) -> TargetFacts {
        TargetFacts {
            key: self.key(),
            id: Some(self.id),
            owner: Some(self.owner.clone()),
            creator: self.creator_id.map(|id| MemberRef {
                id,
                email: self.creator.clone(),
            }),
            locations: self.location.iter().cloned().collect(),
            confidential: self.confidential,
            recipient: self.pending_to.clone(),
            entry_kind: None,
        }
    }
}

pub struct NewRecord<'a> {
    pub client: &'a str,
    pub external_id: Option<&'a str>,
    pub owner: MemberId,
    pub creator: &'a str,
    pub creator_id: Option<MemberId>,
    pub location: Option<i64>,
    pub confidential: bool,
}

#[derive(Default)]
pub struct RecordFilter<'a> {
    pub owner: Option<MemberId>,
    pub location: Option<i64>,
    pub status: Option<&'a str>,
    pub confidential: Option<bool>,
}

/// A share as stored, with whom it names.
#[derive(Clone, Debug)]
pub struct Share {
    pub id: i64,
    pub member: Option<String>,
    pub team: Option<String>,
    pub level: String,
    pub until: Option<String>,
    pub reason: Option<String>,
    pub shared_by: String,
    pub shared_at: String,
}

pub struct NewShare<'a> {
    pub grantee: Grantee,
    pub level: &'a str,
    pub until: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub by: &'a str,
}

#[derive(Clone, Debug)]
pub struct Transfer {
    pub id: i64,
    pub record: i64,
    pub from: String,
    pub to: String,
    pub started_by: String,
    pub started_at: String,
    pub status: String,
}

/// Per member: how many active records they own, institutional and confidential.
#[derive(Clone, Debug, Default)]
pub struct RecordCounts {
    pub institutional: i64,
    pub confidential: i64,
}

impl Tx<'_> {
    /// The records (keys) a member is given access to by live shares, to them or to an
    /// active team of theirs: what a reach limit counts.
    pub fn records_reached(&self, member: MemberId) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT DISTINCT r.number FROM share s JOIN record r ON r.id = s.record_id
             WHERE (s.member_id = ?1
                    OR s.team_id IN (SELECT tm.team_id FROM team_member tm JOIN team t ON t.id = tm.team_id
                                     WHERE tm.member_id = ?1 AND t.status = 'active'))
               AND (s.until IS NULL OR s.until > ?2) AND r.status <> 'deleted'
             ORDER BY r.number",
            params![member, self.now],
            |r| Ok(format!("record:{}", r.get::<_, i64>(0)?)),
        )?)
    }

    /// The members (emails) of a team.
    pub fn team_member_emails(&self, team: i64) -> Result<Vec<String>> {
        Ok(self.all(
            "SELECT m.email FROM team_member tm JOIN member m ON m.id = tm.member_id WHERE tm.team_id = ?1",
            params![team],
            |r| r.get(0),
        )?)
    }

    pub fn record_by_number(&self, org: i64, number: i64) -> Result<Option<Record>> {
        Ok(self
            .one(
                &format!("{SELECT_RECORD} WHERE r.org_id = +?1 AND r.number = +?2"),
                params![org, number],
                Record::from_row,
            )
            .optional()?)
    }

    pub fn record_by_external_id(&self, org: i64, external_id: &str) -> Result<Option<Record>> {
        Ok(self
            .one(
                &format!("{SELECT_RECORD} WHERE r.org_id = +?1 AND r.external_id = +?2"),
                params![org, external_id],
                Record::from_row,
            )
            .optional()?)
    }

    pub fn records(&self, org: i64, filter: &RecordFilter) -> Result<Vec<Record>> {
        // Each filter is off when NULL. The CASTs type the parameter for PostgreSQL,
        // which cannot from a bare `?2 IS NULL`.
        Ok(self.all(
            &format!(
                "{SELECT_RECORD} WHERE r.org_id = ?1
                   AND (CAST(?2 AS BIGINT) IS NULL OR r.owner_id = ?2)
                   AND (CAST(?3 AS BIGINT) IS NULL OR r.location_id = ?3)
                   AND (CAST(?4 AS TEXT) IS NULL OR r.status = ?4)
                   AND (CAST(?5 AS BIGINT) IS NULL OR r.confidential = ?5)
                 ORDER BY r.number"
            ),
            params![
                org,
                filter.owner,
                filter.location,
                filter.status,
                filter.confidential.map(i64::from),
            ],
            Record::from_row,
        )?)
    }

    /// Records that count against a record limit: active and archived, not deleted.
    pub fn count_live_records(&self, org: i64) -> Result<i64> {
        Ok(self.one(
            "SELECT count(*) FROM record WHERE org_id = ?1 AND status IN ('active', 'archived')",
            params![org],
            |r| r.get(0),
        )?)
    }

    /// The number the next record of an organisation gets.
    pub(super) fn next_record_number(&self, org: i64) -> Result<i64> {
        Ok(self.one(
            "SELECT coalesce(max(number), 0) + 1 FROM record WHERE org_id = ?1",
            params![org],
            |r| r.get(0),
        )?)
    }

    pub fn insert_record(&self, proof: &Granted, org: i64, new: &NewRecord) -> Result<Record> {
        require(proof, &["record.create"], "record:new")?;
        let number = self.next_record_number(org)?;
        self.run(
            "INSERT INTO record (org_id, number, external_id, client, owner_id, creator, creator_id, location_id,
                                 confidential, created_at, status_since, owner_since)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?10)",
            params![
                org,
                number,
                new.external_id,
                new.client,
                new.owner,
                new.creator,
                new.creator_id,
                new.location,
                i64::from(new.confidential),
                self.now,
            ],
        )?;
        self.record_by_number(org, number)?
            .ok_or_else(|| anyhow::anyhow!("the new record {number} vanished"))
    }

    pub fn update_record(
        &self,
        proof: &Granted,
        record: &Record,
        client: &str,
        external_id: Option<&str>,
        location: Option<i64>,
    ) -> Result<()> {
        require(proof, &["record.edit"], &record.key())?;
        self.run(
            "UPDATE record SET client = ?2, external_id = ?3, location_id = ?4 WHERE id = ?1",
            params![record.id, client, external_id, location],
        )?;
        Ok(())
    }

    pub fn set_record_confidential(
        &self,
        proof: &Granted,
        record: &Record,
        confidential: bool,
    ) -> Result<()> {
        require(proof, &["record.share"], &record.key())?;
        self.run(
            "UPDATE record SET confidential = ?2 WHERE id = ?1",
            params![record.id, i64::from(confidential)],
        )?;
        Ok(())
    }

    pub fn set_record_status(&self, proof: &Granted, record: &Record, status: &str) -> Result<()> {
        require(proof, &["record.archive"], &record.key())?;
        self.run(
            "UPDATE record SET status = ?2, status_since = ?3 WHERE id = ?1",
            params![record.id, status, self.now],
        )?;
        Ok(())
    }

    /// Purge records deleted before `cutoff`, for good. Returns their numbers.
    /// Whether a deleted record of the organisation waits to be purged (deleted before
    /// `cutoff`): one probe of `record_by_status`, for a command that only reads.
    pub fn purge_due(&self, org: i64, cutoff: &str) -> Result<bool> {
        Ok(self.one(
            "SELECT EXISTS (SELECT 1 FROM record WHERE org_id = ?1 AND status = 'deleted' AND status_since < ?2)",
            params![org, cutoff],
            |r| r.get(0),
        )?)
    }

    pub fn purge_deleted_records(&self, org: i64, cutoff: &str) -> Result<Vec<i64>> {
        let mut numbers: Vec<i64> = self.all(
            "DELETE FROM record WHERE org_id = ?1 AND status = 'deleted' AND status_since < ?2 RETURNING number",
            params![org, cutoff],
            |r| r.get(0),
        )?;
        numbers.sort();
        Ok(numbers)
    }

    // ----- shares -----

    pub fn shares(&self, record: i64) -> Result<Vec<Share>> {
        // A share names a member or a team: the other is NULL, and sorts first (as
        // SQLite sorts NULLs; PostgreSQL must be told).
        Ok(self.all(
            "SELECT s.id, m.email, t.slug, s.level, s.until, s.reason, s.shared_by, s.shared_at
             FROM share s LEFT JOIN member m ON m.id = s.member_id LEFT JOIN team t ON t.id = s.team_id
             WHERE s.record_id = ?1 ORDER BY m.email NULLS FIRST, t.slug NULLS FIRST",
            params![record],
            |r| {
                Ok(Share {
                id: r.get(0)?,
                member: r.get(1)?,
                team: r.get(2)?,
                level: r.get(3)?,
                until: r.get(4)?,
                reason: r.get(5)?,
                shared_by: r.get(6)?,
                shared_at: r.get(7)?,
            })
            },
        )?)
    }

    /// Share a record, replacing the level of an existing share with the same grantee.
    pub fn put_share(&self, proof: &Granted, record: &Record, share: &NewShare) -> Result<()> {
        require(proof, &["record.share"], &record.key())?;
        let (member, team) = match share.grantee {
            Grantee::Member(m) => (Some(m), None),
            Grantee::Team(t) => (None, Some(t)),
        };
        self.run(
            "DELETE FROM share WHERE record_id = ?1 AND (member_id = ?2 OR team_id = ?3)",
            params![record.id, member, team],
        )?;
        self.insert_share(record.id, share, &self.now)
    }

    /// The one INSERT of a share: a new one (`put_share`), or one as a file says it was
    /// made (`org seed`, with its time).
    pub(super) fn insert_share(&self, record: i64, share: &NewShare, at: &str) -> Result<()> {
        let (member, team) = match share.grantee {
            Grantee::Member(m) => (Some(m), None),
            Grantee::Team(t) => (None, Some(t)),
        };
        self.run(
            "INSERT INTO share (record_id, member_id, team_id, level, until, reason, shared_by, shared_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![record, member, team, share.level, share.until, share.reason, share.by, at],
        )?;
        Ok(())
    }

    /// Remove a share; returns whether there was one. `record.share` removes any share,
    /// `team.manage` a team's, and a collaborator leaving removes their own (`record.view`).
    pub fn delete_share(&self, proof: &Granted, record: &Record, grantee: Grantee) -> Result<bool> {
        // An administrator takes a team off a record by managing the team: that proof
        // names the team, not the record.
        let target = match (proof.action(), grantee) {
            ("team.manage", Grantee::Team(team)) => {
                let slug: String =
                    self.one("SELECT slug FROM team WHERE id = ?1", params![team], |r| {
                        r.get(0)
                    })?;
                format!("team:{slug}")
            }
            _ => record.key(),
        };
        require(
            proof,
            &["record.share", "team.manage", "record.view"],
            &target,
        )?;
        let (member, team) = match grantee {
            Grantee::Member(m) => (Some(m), None),
            Grantee::Team(t) => (None, Some(t)),
        };
        let n = self.run(
            "DELETE FROM share WHERE record_id = ?1 AND (member_id = ?2 OR team_id = ?3)",
            params![record.id, member, team],
        )?;
        Ok(n > 0)
    }

    // ----- transfers -----

    pub fn pending_transfer(&self, record: i64) -> Result<Option<Transfer>> {
        Ok(self
            .one(
                "SELECT t.id, t.record_id, f.email, m.email, t.started_by, t.started_at, t.status
                 FROM transfer t JOIN member f ON f.id = t.from_id JOIN member m ON m.id = t.to_id
                 WHERE t.record_id = ?1 AND t.status = 'pending'",
                params![record],
                transfer_from_row,
            )
            .optional()?)
    }

    /// Waiting transfers, all of them or those to or from one member.
    pub fn pending_transfers(
        &self,
        org: i64,
        member: Option<MemberId>,
    ) -> Result<Vec<(Transfer, i64)>> {
        Ok(self.all(
            "SELECT t.id, t.record_id, f.email, m.email, t.started_by, t.started_at, t.status, r.number
             FROM transfer t JOIN record r ON r.id = t.record_id
             JOIN member f ON f.id = t.from_id JOIN member m ON m.id = t.to_id
             WHERE r.org_id = ?1 AND t.status = 'pending' AND (CAST(?2 AS BIGINT) IS NULL OR t.to_id = ?2 OR t.from_id = ?2)
             ORDER BY r.number",
            params![org, member],
            |r| Ok((transfer_from_row(r)?, r.get(7)?)),
        )?)
    }

    /// Start a transfer that waits for its recipient.
    pub fn start_transfer(
        &self,
        proof: &Granted,
        record: &Record,
        to: MemberId,
        by: &str,
        options: &str,
    ) -> Result<()> {
        require(proof, &["record.transfer"], &record.key())?;
        self.run(
            "INSERT INTO transfer (record_id, from_id, to_id, started_by, started_at, status, options)
             VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6)",
            params![record.id, record.owner.id, to, by, self.now, options],
        )?;
        Ok(())
    }

    /// Close a waiting transfer: `accepted` moves the record, `declined` leaves it.
    /// What a waiting transfer was started with (its carry options, as JSON).
    pub fn pending_transfer_options(&self, record: i64) -> Result<Option<String>> {
        Ok(self
            .one(
                "SELECT options FROM transfer WHERE record_id = ?1 AND status = 'pending'",
                params![record],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    pub fn decide_transfer(&self, proof: &Granted, record: &Record, status: &str) -> Result<()> {
        require(
            proof,
            &[crate::policy::RECEIVE_ACTION, "record.transfer"],
            &record.key(),
        )?;
        let to: Option<MemberId> = self.one(
                "UPDATE transfer SET status = ?2, decided_at = ?3 WHERE record_id = ?1 AND status = 'pending' RETURNING to_id",
                params![record.id, status, self.now],
                |r| r.get(0),
            )
            .optional()?;
        if let (Some(to), "accepted") = (to, status) {
            self.run(
                "UPDATE record SET owner_id = ?2, owner_since = ?3 WHERE id = ?1",
                params![record.id, to, self.now],
            )?;
        }
        Ok(())
    }

    /// Move a record at once (a coordinator's transfer), closing any waiting transfer
    /// as redirected. The move itself is recorded by its audit event.
    pub fn move_record(&self, proof: &Granted, record: &Record, to: MemberId) -> Result<()> {
        require(proof, &["record.transfer"], &record.key())?;
        if record.pending_to.is_some() {
            self.run(
                "UPDATE transfer SET status = 'redirected', decided_at = ?2 WHERE record_id = ?1 AND status = 'pending'",
                params![record.id, self.now],
            )?;
        }
        self.run(
            "UPDATE record SET owner_id = ?2, owner_since = ?3 WHERE id = ?1",
            params![record.id, to, self.now],
        )?;
        Ok(())
    }

    /// Active records per owner, institutional and confidential (the coordinator's overview).
    pub fn record_counts(&self, org: i64) -> Result<Vec<(MemberId, RecordCounts)>> {
        // `count(*) FILTER`: PostgreSQL has no sum of a comparison (a boolean).
        Ok(self.all(
            "SELECT owner_id, count(*) FILTER (WHERE confidential = 0), count(*) FILTER (WHERE confidential = 1)
             FROM record WHERE org_id = ?1 AND status = 'active' GROUP BY owner_id",
            params![org],
            |r| {
                Ok((
                    r.get(0)?,
                    RecordCounts {
                        institutional: r.get(1)?,
                        confidential: r.get(2)?,
                    },
                ))
            },
        )?)
    }

    /// How many records (not deleted) a member owns.
    pub fn count_owned_records(&self, member: MemberId) -> Result<i64> {
        Ok(self.one(
            "SELECT count(*) FROM record WHERE owner_id = ?1 AND status IN ('active', 'archived') AND read_only = 0",
            params![member],
            |r| r.get(0),
        )?)
    }
}

fn transfer_from_row(r: &Row) -> DbResult<Transfer> {
    Ok(Transfer {
        id: r.get(0)?,
        record: r.get(1)?,
        from: r.get(2)?,
        to: r.get(3)?,
        started_by: r.get(4)?,
        started_at: r.get(5)?,
        status: r.get(6)?,
    })
}
