//! Members, their roles and lifecycle, and the facts the policy engine asks about them.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Tx, require};
use crate::policy::{Granted, MemberFacts, MemberId, MemberStatus, TargetFacts};

#[derive(Clone, Debug)]
pub struct Member {
    pub id: MemberId,
    pub email: String,
    pub name: String,
    pub title: String,
    pub status: MemberStatus,
    pub roles: BTreeSet<String>,
    pub principal: Option<String>,
    pub invited_by: String,
    pub invited_at: String,
    pub status_since: String,
}

impl Member {
    fn from_row(row: &Row) -> DbResult<Member> {
        let status: String = row.get("status")?;
        Ok(Member {
            id: row.get("id")?,
            email: row.get("email")?,
            name: row.get("name")?,
            title: row.get("title")?,
            // the CHECK constraint keeps status to the four names
            status: MemberStatus::parse(&status).unwrap_or(MemberStatus::Inactive),
            roles: BTreeSet::new(),
            principal: row.get("principal_role")?,
            invited_by: row.get("invited_by")?,
            invited_at: row.get("invited_at")?,
            status_since: row.get("status_since")?,
        })
    }

    pub fn facts(&self) -> MemberFacts {
        MemberFacts {
            id: self.id,
            email: self.email.clone(),
            status: self.status,
            roles: self.roles.clone(),
            principal: self.principal.clone(),
        }
    }

    pub fn target(&self) -> TargetFacts {
        let me = crate::policy::MemberRef {
            id: self.id,
            email: self.email.clone(),
        };
        TargetFacts {
            key: format!("member:{}", self.email),
            owner: Some(me),
            ..TargetFacts::org()
        }
    }
}

pub struct NewMember<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub title: &'a str,
    pub status: MemberStatus,
    pub roles: &'a BTreeSet<String>,
    pub principal: Option<&'a str>,
    pub invited_by: &'a str,
}

#[derive(Default)]
pub struct MemberFilter<'a> {
    pub role: Option<&'a str>,
    pub status: Option<MemberStatus>,
    /// matched against email and name, case-insensitively
    pub search: Option<&'a str>,
}

macro_rules! select_member {
    () => {
        "SELECT id, email, name, title, status, principal_role, invited_by, invited_at, status_since FROM member"
    };
}
const SELECT_MEMBER: &str = select_member!();
const MEMBER_BY_EMAIL: &str = concat!(select_member!(), " WHERE org_id = ?1 AND email = ?2");

impl Tx<'_> {
    pub fn member_by_email(&self, org: i64, email: &str) -> Result<Option<Member>> {
        // Cached: a CSV import looks up every row's email, twice.
        let member = self
            .one(MEMBER_BY_EMAIL, params![org, email], Member::from_row)
            .optional()?;
        match member {
            Some(mut m) => {
                m.roles = self.roles_of(m.id)?;
                Ok(Some(m))
            }
            None => Ok(None),
        }
    }

    fn roles_of(&self, member: MemberId) -> Result<BTreeSet<String>> {
        let roles: Vec<String> = self.all(
            "SELECT role FROM member_role WHERE member_id = ?1",
            params![member],
            |r| r.get(0),
        )?;
        Ok(roles.into_iter().collect())
    }

    /// The organisation's members, by email, with their roles.
    pub fn members(&self, org: i64, filter: &MemberFilter) -> Result<Vec<Member>> {
        // A search is a literal substring (`%` and `_` are characters like any other),
        // compared with Unicode case folded (`Ünal` finds `ünal`; SQLite's own `lower`
        // and `LIKE` fold ASCII only). A substring cannot use an index anyway: the
        // organisation's members (with the status and role filters) are scanned through
        // the (org_id, email) index, and the folded search done in Rust, row by row.
        let search = filter.search.map(fold_case);
        let mut members: Vec<Member> = self.all(
            &format!(
                "{SELECT_MEMBER} WHERE org_id = ?1
                   AND (CAST(?2 AS TEXT) IS NULL OR status = ?2)
                   AND (CAST(?3 AS TEXT) IS NULL
                        OR id IN (SELECT member_id FROM member_role WHERE role = ?3))
                 ORDER BY email"
            ),
            params![org, filter.status.map(|s| s.name()), filter.role],
            Member::from_row,
        )?;
        if let Some(search) = &search {
            members.retain(|m| {
                fold_case(&m.email).contains(search.as_str())
                    || fold_case(&m.name).contains(search.as_str())
            });
        }
        let mut roles: BTreeMap<MemberId, BTreeSet<String>> = BTreeMap::new();
        self.conn.query_each(
            "SELECT r.member_id, r.role FROM member_role r JOIN member m ON m.id = r.member_id WHERE m.org_id = ?1",
            params![org],
            |row| {
                roles.entry(row.get(0)?).or_default().insert(row.get(1)?);
                Ok(())
            },
        )?;
        for m in &mut members {
            m.roles = roles.remove(&m.id).unwrap_or_default();
        }
        Ok(members)
    }

    /// How many members are in each of the given states (for seats).
    pub fn count_members_in(&self, org: i64, states: &[MemberStatus]) -> Result<u32> {
        let mut n = 0;
        for state in states {
            let c: u32 = self.one(
                "SELECT count(*) FROM member WHERE org_id = ?1 AND status = ?2",
                params![org, state.name()],
                |r| r.get(0),
            )?;
            n += c;
        }
        Ok(n)
    }

    /// How many active members hold `role`.
    pub fn active_holders(&self, org: i64, role: &str) -> Result<u32> {
        Ok(self.one(
            "SELECT count(*) FROM member_role r JOIN member m ON m.id = r.member_id
             WHERE m.org_id = ?1 AND m.status = 'active' AND r.role = ?2",
            params![org, role],
            |r| r.get(0),
        )?)
    }

    /// Add a member, or bring back one who was removed (they can only be invited
    /// again). Returns the member's id; a CSV import calls this once per row, so the
    /// statements are prepared once and cached.
    pub fn insert_member(&self, proof: &Granted, org: i64, new: &NewMember) -> Result<MemberId> {
        require(proof, &["member.invite"], &format!("member:{}", new.email))?;
        self.insert_member_row(org, new)
    }

    /// The insert itself; outside [`Tx::insert_member`] only `create_org` uses it, for
    /// the first administrator, before there is anyone to authorize.
    //
    // A lookup, then a plain INSERT or UPDATE: an upsert with RETURNING builds a
    // temporary table on every run, which a 100,000-row import felt.
    pub(super) fn insert_member_row(&self, org: i64, new: &NewMember) -> Result<MemberId> {
        let found: Option<(MemberId, String)> = self
            .one(
                "SELECT id, status FROM member WHERE org_id = ?1 AND email = ?2",
                params![org, new.email],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        // ?1 org, ?2 email, ?3 name, ?4 title, ?5 status, ?6 principal, ?7 by, ?8 now
        let values = params![
            org,
            new.email,
            new.name,
            new.title,
            new.status.name(),
            new.principal,
            new.invited_by,
            self.now,
        ];
        let id = match found {
            None => {
                let id = self.insert_id(
                    "INSERT INTO member (org_id, email, name, title, status, principal_role, invited_by, invited_at, status_since)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    values,
                )?;
                self.add_roles(id, new.roles)?;
                return Ok(id);
            }
            Some((id, status)) if status == MemberStatus::Removed.name() => id,
            // The callers check first; this keeps a slip from overwriting a member.
            Some(_) => anyhow::bail!("{} is already a member", new.email),
        };
        self.run(
            "UPDATE member SET name = ?3, title = ?4, status = ?5,
               principal_role = ?6, invited_by = ?7, invited_at = ?8, status_since = ?8
             WHERE org_id = ?1 AND email = ?2",
            values,
        )?;
        self.write_roles(id, new.roles)?;
        Ok(id)
    }

    fn write_roles(&self, member: MemberId, roles: &BTreeSet<String>) -> Result<()> {
        self.run(
            "DELETE FROM member_role WHERE member_id = ?1",
            params![member],
        )?;
        self.add_roles(member, roles)
    }

    fn add_roles(&self, member: MemberId, roles: &BTreeSet<String>) -> Result<()> {
        for role in roles {
            self.run(
                "INSERT INTO member_role (member_id, role) VALUES (?1, ?2)",
                params![member, role],
            )?;
        }
        Ok(())
    }

    pub fn set_roles(
        &self,
        proof: &Granted,
        member: &Member,
        roles: &BTreeSet<String>,
        principal: Option<&str>,
    ) -> Result<()> {
        // member.edit: a role of a profile group (`member edit --type`)
        require(
            proof,
            &["role.assign", "member.edit"],
            &format!("member:{}", member.email),
        )?;
        self.write_roles(member.id, roles)?;
        self.run(
            "UPDATE member SET principal_role = ?2 WHERE id = ?1",
            params![member.id, principal],
        )?;
        Ok(())
    }

    /// Move a member through the lifecycle. Removing one drops their roles, and with
    /// them the assistant assignments they are in, on either side.
    pub fn set_member_status(
        &self,
        proof: &Granted,
        member: &Member,
        status: MemberStatus,
    ) -> Result<()> {
        let actions: &[&str] = match status {
            MemberStatus::Active if member.status == MemberStatus::Invited => {
                &[crate::policy::ACCEPT_ACTION]
            }
            MemberStatus::Active | MemberStatus::Inactive => &["member.deactivate"],
            MemberStatus::Removed => &["member.remove", "member.invite"],
            MemberStatus::Invited => &["member.invite"],
        };
        require(proof, actions, &format!("member:{}", member.email))?;
        self.run(
            "UPDATE member SET status = ?2, status_since = ?3 WHERE id = ?1",
            params![member.id, status.name(), self.now],
        )?;
        if status == MemberStatus::Removed {
            self.write_roles(member.id, &BTreeSet::new())?;
            self.run(
                "UPDATE member SET principal_role = NULL WHERE id = ?1",
                params![member.id],
            )?;
            self.run(
                "DELETE FROM assistant_assignment WHERE assistant_id = ?1 OR therapist_id = ?1",
                params![member.id],
            )?;
        }
        Ok(())
    }

    /// Erase a removed member's name and title (policies whose removal deletes a
    /// member's data); the audit log keeps their history.
    pub fn erase_member_details(&self, proof: &Granted, member: &Member) -> Result<()> {
        require(
            proof,
            &["member.remove"],
            &format!("member:{}", member.email),
        )?;
        self.run(
            "UPDATE member SET name = '', title = '' WHERE id = ?1",
            params![member.id],
        )?;
        Ok(())
    }

    pub fn set_member_details(
        &self,
        proof: &Granted,
        member: &Member,
        name: &str,
        title: &str,
    ) -> Result<()> {
        require(
            proof,
            &["member.edit", "member.invite"],
            &format!("member:{}", member.email),
        )?;
        self.run(
            "UPDATE member SET name = ?2, title = ?3 WHERE id = ?1",
            params![member.id, name, title],
        )?;
        Ok(())
    }
}

/// A text with its case folded, as `member list --search` compares it.
fn fold_case(s: &str) -> String {
    s.to_lowercase()
}
