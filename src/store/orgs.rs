//! Organisations: creation, lookup by slug, listing.

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Member, NewMember, Tx, require};
use crate::error::Error;
use crate::policy::{Granted, OrgKind};

#[derive(Clone, Debug)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    pub policy_source: String,
    pub policy_text: Option<String>,
    /// the seat count of a paid plan; `None` is the free plan (see [`Org::plan`])
    pub seats: Option<u32>,
    pub created_at: String,
    /// how many invitations the plan allows (None: no limit), and how many were sent
    pub invitation_allowance: Option<u32>,
    pub invitations_sent: u32,
}

/// An organisation's subscription (related article "CSV invitations"): free, with
/// unlimited members (the policy may limit other things, such as client records), or
/// a number of seats that the members in the policy's seat states use up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    Free,
    Seats(u32),
}

impl Plan {
    pub fn name(self) -> &'static str {
        match self {
            Plan::Free => "free",
            Plan::Seats(_) => "seats",
        }
    }

    pub fn seats(self) -> Option<u32> {
        match self {
            Plan::Free => None,
            Plan::Seats(n) => Some(n),
        }
    }
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
    // The plan is the seat column read as a plan: NULL is the free plan. One column,
    // so that the two can never disagree.
    pub fn plan(&self) -> Plan {
        self.seats.map_or(Plan::Free, Plan::Seats)
    }

    fn from_row(row: &Row) -> DbResult<Org> {
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
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                new.slug,
                new.name,
                new.kind.name(),
                new.policy_source,
                new.policy_text,
                new.seats.map(i64::from),
                new.invitation_allowance.map(i64::from),
                self.now,
            ],
        )?;
        let org = self
            .org_by_slug(new.slug)?
            .ok_or_else(|| anyhow::anyhow!("the new organisation {} vanished", new.slug))?;
        self.insert_member_row(org.id, founder)?;
        let member = self
            .member_by_email(org.id, founder.email)?
            .ok_or_else(|| anyhow::anyhow!("the new member {} vanished", founder.email))?;
        Ok((org, member))
    }

    /// `org seed --replace`: take every row of the organisation away but the
    /// organisation itself (whose audit trail goes on), give it the file's name, kind,
    /// policy and plan, and its first member. Child rows go first and one by one, so
    /// that the trail's triggers log each deletion into the event of this transaction.
    pub fn replace_org(
        &self,
        proof: &Granted,
        org: &Org,
        new: &NewOrg,
        founder: &NewMember,
    ) -> Result<(Org, Member)> {
        require(proof, &["org.manage"], "org")?;
        const IN_SPACES: &str = "(SELECT id FROM space WHERE org_id = ?1)";
        const IN_RECORDS: &str = "(SELECT id FROM record WHERE org_id = ?1)";
        const IN_MEMBERS: &str = "(SELECT id FROM member WHERE org_id = ?1)";
        let statements = [
            // schema 7: groups of records, tags, views (library items after the entries
            // that name them)
            "DELETE FROM tag_link WHERE tag_id IN (SELECT id FROM library_item WHERE org_id = ?1)"
                .to_string(),
            "DELETE FROM group_share WHERE group_id IN (SELECT id FROM record_group WHERE org_id = ?1)"
                .to_string(),
            "DELETE FROM record_group_member WHERE group_id IN (SELECT id FROM record_group WHERE org_id = ?1)"
                .to_string(),
            "DELETE FROM record_group WHERE org_id = ?1".to_string(),
            "DELETE FROM org_view WHERE org_id = ?1".to_string(),
            format!("DELETE FROM space_post WHERE space_id IN {IN_SPACES}"),
            format!("DELETE FROM space_member WHERE space_id IN {IN_SPACES}"),
            "DELETE FROM space WHERE org_id = ?1".to_string(),
            format!("DELETE FROM entry WHERE record_id IN {IN_RECORDS}"),
            "DELETE FROM library_item WHERE org_id = ?1".to_string(),
            format!("DELETE FROM emergency_grant WHERE record_id IN {IN_RECORDS}"),
            format!("DELETE FROM approval_requirement WHERE record_id IN {IN_RECORDS}"),
            format!("DELETE FROM transfer WHERE record_id IN {IN_RECORDS}"),
            format!("DELETE FROM share WHERE record_id IN {IN_RECORDS}"),
            "UPDATE record SET copy_of = NULL WHERE org_id = ?1".to_string(),
            "DELETE FROM record WHERE org_id = ?1".to_string(),
            format!(
                "DELETE FROM assistant_assignment WHERE assistant_id IN {IN_MEMBERS} OR therapist_id IN {IN_MEMBERS}"
            ),
            "DELETE FROM team_member WHERE team_id IN (SELECT id FROM team WHERE org_id = ?1)"
                .to_string(),
            format!("DELETE FROM member_location WHERE member_id IN {IN_MEMBERS}"),
            format!("DELETE FROM member_role WHERE member_id IN {IN_MEMBERS}"),
            "DELETE FROM member WHERE org_id = ?1".to_string(),
            "DELETE FROM team WHERE org_id = ?1".to_string(),
            "DELETE FROM location WHERE org_id = ?1".to_string(),
        ];
        for sql in &statements {
            self.run(sql, params![org.id])?;
        }
        self.run(
            "UPDATE org SET name = ?2, kind = ?3, policy_source = ?4, policy_text = ?5,
                            seats = ?6, invitation_allowance = ?7, invitations_sent = 0,
                            created_at = ?8
             WHERE id = ?1",
            params![
                org.id,
                new.name,
                new.kind.name(),
                new.policy_source,
                new.policy_text,
                new.seats.map(i64::from),
                new.invitation_allowance.map(i64::from),
                self.now,
            ],
        )?;
        let org = self
            .org_by_slug(new.slug)?
            .ok_or_else(|| anyhow::anyhow!("the organisation {} vanished", new.slug))?;
        self.insert_member_row(org.id, founder)?;
        let member = self
            .member_by_email(org.id, founder.email)?
            .ok_or_else(|| anyhow::anyhow!("the new member {} vanished", founder.email))?;
        Ok((org, member))
    }

    /// Change the organisation's plan (`billing.manage`).
    pub fn set_plan(&self, proof: &Granted, org: &Org, plan: Plan) -> Result<()> {
        require(proof, &["billing.manage"], "org")?;
        self.run(
            "UPDATE org SET seats = ?2 WHERE id = ?1",
            params![org.id, plan.seats().map(i64::from)],
        )?;
        Ok(())
    }

    pub fn org_by_slug(&self, slug: &str) -> Result<Option<Org>> {
        Ok(self
            .one(
                "SELECT * FROM org WHERE slug = ?1",
                params![slug],
                Org::from_row,
            )
            .optional()?)
    }

    pub fn orgs(&self) -> Result<Vec<Org>> {
        Ok(self.all("SELECT * FROM org ORDER BY slug", params![], Org::from_row)?)
    }
}

impl Tx<'_> {
    /// Count one invitation sent against the plan's allowance.
    pub fn count_invitation(&self, proof: &crate::policy::Granted, org: i64) -> Result<()> {
        super::require(proof, &["member.invite"], proof.target())?;
        self.run(
            "UPDATE org SET invitations_sent = invitations_sent + 1 WHERE id = ?1",
            params![org],
        )?;
        Ok(())
    }
}
