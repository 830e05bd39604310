//! Organisations: creation, lookup by slug, listing.

use anyhow::Result;
use rusqlite::{OptionalExtension, Row, named_params};

use super::{Member, NewMember, Tx};
use crate::error::Error;
use crate::policy::OrgKind;

#[derive(Clone, Debug)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    pub policy_source: String,
    pub policy_text: Option<String>,
    pub seats: Option<u32>,
    pub created_at: String,
    /// how many invitations the plan allows (None: no limit), and how many were sent
    pub invitation_allowance: Option<u32>,
    pub invitations_sent: u32,
}

pub struct NewOrg<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: OrgKind,
    pub policy_source: &'a str,
    pub policy_text: Option<&'a str>,
    pub seats: Option<u32>,
    pub invitation_allowance: Option<u32>,
}

impl Org {
    fn from_row(row: &Row) -> rusqlite::Result<Org> {
        let kind: String = row.get("kind")?;
        Ok(Org {
            id: row.get("id")?,
            slug: row.get("slug")?,
            name: row.get("name")?,
            // the CHECK constraint keeps kind to the two names
            kind: OrgKind::parse(&kind).unwrap_or(OrgKind::Clinic),
            policy_source: row.get("policy_source")?,
            policy_text: row.get("policy_text")?,
            seats: row.get("seats")?,
            created_at: row.get("created_at")?,
            invitation_allowance: row.get("invitation_allowance")?,
            invitations_sent: row.get("invitations_sent")?,
        })
    }
}

impl Tx<'_> {
    /// Create an organisation with its first member. `org init` is the one command with
    /// no actor: there is no one to authorize yet, so this takes no proof.
    pub fn create_org(&self, new: &NewOrg, founder: &NewMember) -> Result<(Org, Member)> {
        if self.org_by_slug(new.slug)?.is_some() {
            return Err(
                Error::conflict(format!("organisation {} already exists", new.slug))
                    .hinted("choose another slug, or use --org to work in the existing one")
                    .into(),
            );
        }
        self.run(
            "INSERT INTO org (slug, name, kind, policy_source, policy_text, seats, invitation_allowance, created_at)
             VALUES (:slug, :name, :kind, :source, :text, :seats, :allowance, :now)",
            named_params! {
                ":slug": new.slug,
                ":name": new.name,
                ":kind": new.kind.name(),
                ":source": new.policy_source,
                ":text": new.policy_text,
                ":seats": new.seats,
                ":allowance": new.invitation_allowance,
                ":now": self.now,
            },
        )?;
        let org = self
            .org_by_slug(new.slug)?
            .ok_or_else(|| anyhow::anyhow!("the new organisation {} vanished", new.slug))?;
        let member = self.insert_member_row(org.id, founder)?;
        Ok((org, member))
    }

    pub fn org_by_slug(&self, slug: &str) -> Result<Option<Org>> {
        Ok(self
            .one("SELECT * FROM org WHERE slug = ?1", [slug], Org::from_row)
            .optional()?)
    }

    pub fn orgs(&self) -> Result<Vec<Org>> {
        let mut stmt = self.conn.prepare("SELECT * FROM org ORDER BY slug")?;
        let rows = stmt.query_map([], Org::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// Count one invitation sent against the plan's allowance.
    pub fn count_invitation(&self, proof: &crate::policy::Granted, org: i64) -> Result<()> {
        super::require(proof, &["member.invite"], proof.target())?;
        self.run(
            "UPDATE org SET invitations_sent = invitations_sent + 1 WHERE id = ?1",
            [org],
        )?;
        Ok(())
    }
}
