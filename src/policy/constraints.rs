//! The rules that keep an organisation valid, read from the policy's `constraints`:
//! role kinds, exactly-one role groups, compatibility, the principal role, minimum
//! holders and the dedicated-assistant limit. Each check returns the error a command
//! reports (a conflict, exit 5, or invalid input, exit 6), with a hint.

use std::collections::BTreeSet;

use super::engine::MemberFacts;

/// The constraint that keeps roles as they were at invitation (a decision's, not a change's).
pub const FIXED_ROLES: &str = "roles fixed after invitation";
use super::model::{OrgKind, Policy};
use crate::error::Error;

impl Policy {
    /// Check a member's whole set of roles (and principal role) against the policy.
    pub fn check_roles(
        &self,
        kind: OrgKind,
        email: &str,
        roles: &BTreeSet<String>,
        principal: Option<&str>,
    ) -> Result<(), Error> {
        for role in roles {
            let Some(def) = self.roles.get(role) else {
                return Err(self.unknown_role(role));
            };
            if !def.allowed_in(kind) {
                let kinds: Vec<&str> = def.kinds.iter().flatten().map(|k| k.name()).collect();
                return Err(Error::conflict(format!(
                    "role {role} is available only in {} organisations, and this one is a {}",
                    kinds.join(" or "),
                    kind.name()
                ))
                .hinted("choose another role for this organisation")
                .ruled(format!("role kinds: {role}")));
            }
        }
        for group in &self.constraints.role_groups {
            let held: Vec<&String> = group.roles.iter().filter(|r| roles.contains(*r)).collect();
            if held.len() != 1 {
                let message = if held.is_empty() {
                    format!(
                        "{email} must hold exactly one {} role, and holds none",
                        group.name
                    )
                } else {
                    format!(
                        "{email} must hold exactly one {} role, and would hold {}",
                        group.name,
                        held.iter()
                            .map(|r| r.as_str())
                            .collect::<Vec<_>>()
                            .join(" and ")
                    )
                };
                return Err(Error::conflict(message)
                    .hinted(format!("choose one of: {}", group.roles.join(", ")))
                    .ruled(format!("exactly one: {}", group.name)));
            }
        }
        for rule in &self.constraints.compatibility {
            if !roles.contains(&rule.role) {
                continue;
            }
            for forbidden in &rule.forbids {
                let clash: Vec<&String> = match self
                    .constraints
                    .role_groups
                    .iter()
                    .find(|g| &g.name == forbidden)
                {
                    Some(group) => group.roles.iter().filter(|r| roles.contains(*r)).collect(),
                    None => roles.iter().filter(|r| *r == forbidden).collect(),
                };
                if let Some(other) = clash.first() {
                    let hint = rule
                        .hint
                        .clone()
                        .unwrap_or_else(|| format!("remove {other} or {}", rule.role));
                    return Err(Error::conflict(format!(
                        "role {} cannot be combined with {other} (policy {})",
                        rule.role, self.name
                    ))
                    .hinted(hint)
                    .ruled(format!("compatibility: {}", rule.role)));
                }
            }
        }
        match principal {
            Some(p) if !roles.contains(p) => {
                return Err(Error::invalid(format!(
                    "principal role {p} is not one of {email}'s roles"
                ))
                .hinted("the principal role must be one of the roles given with --role"));
            }
            None if self.constraints.principal_when_several && roles.len() > 1 => {
                return Err(Error::invalid(format!(
                    "{email} would hold several roles ({}), and policy {} needs a principal role then",
                    roles.iter().cloned().collect::<Vec<_>>().join(", "),
                    self.name
                ))
                .hinted("add --principal ROLE, one of the roles given")
                .ruled("principal role"));
            }
            _ => {}
        }
        Ok(())
    }

    /// Every constraint of the policy by the name a refusal gives it
    /// ([`Error::ruled`]): what `policy test` reports as covered or not.
    pub fn constraint_ids(&self) -> Vec<String> {
        let c = &self.constraints;
        let mut ids: Vec<String> = self
            .roles
            .values()
            .filter(|r| r.kinds.is_some())
            .map(|r| format!("role kinds: {}", r.name))
            .collect();
        ids.extend(
            c.role_groups
                .iter()
                .map(|g| format!("exactly one: {}", g.name)),
        );
        ids.extend(
            c.compatibility
                .iter()
                .map(|r| format!("compatibility: {}", r.role)),
        );
        ids.extend(
            c.min_holders
                .iter()
                .map(|r| format!("minimum holders: {}", r.role)),
        );
        if c.principal_when_several {
            ids.push("principal role".into());
        }
        if c.roles_fixed_after_invitation {
            ids.push(FIXED_ROLES.into());
        }
        if c.assistance.is_some() {
            ids.push("dedicated assistants".into());
        }
        ids.extend(
            c.reach_limits
                .iter()
                .map(|r| format!("reach limit: {}", r.role)),
        );
        ids
    }

    pub fn unknown_role(&self, role: &str) -> Error {
        Error::invalid(format!("unknown role \"{role}\" in policy {}", self.name)).hinted(format!(
            "the roles are: {}",
            self.roles.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
    }

    /// Check the minimum-holder rules, given the number of active holders of a role
    /// once the change is made.
    pub fn check_min_holders(
        &self,
        active_holders: impl Fn(&str) -> anyhow::Result<u32>,
    ) -> anyhow::Result<()> {
        for rule in &self.constraints.min_holders {
            let n = active_holders(&rule.role)?;
            if n < rule.count {
                let hint = rule.hint.clone().unwrap_or_else(|| {
                    format!("give the {} role to another member first", rule.role)
                });
                return Err(Error::conflict(format!(
                    "the organisation must always have at least {} active {}; this change would leave {n}",
                    rule.count,
                    if rule.count == 1 { rule.role.clone() } else { format!("{}s", rule.role) }
                ))
                .hinted(hint)
                .ruled(format!("minimum holders: {}", rule.role))
                .into());
            }
        }
        Ok(())
    }

    /// Check the reach limits of a member holding `roles`, who would be given access to
    /// `reached` (record keys) by shares to them or to their teams.
    pub fn check_reach(
        &self,
        email: &str,
        roles: &BTreeSet<String>,
        reached: &[String],
    ) -> Result<(), Error> {
        for rule in &self.constraints.reach_limits {
            if !roles.contains(&rule.role) || reached.len() as u32 <= rule.records {
                continue;
            }
            let hint = rule
                .hint
                .clone()
                .unwrap_or_else(|| format!("take {email}'s access to another record away first"));
            return Err(Error::conflict(format!(
                "{email} holds {}, which reaches at most {} record{} (policy {}), and would reach {}",
                rule.role,
                rule.records,
                if rule.records == 1 { "" } else { "s" },
                self.name,
                reached.join(", ")
            ))
            .hinted(hint)
            .ruled(format!("reach limit: {}", rule.role)));
        }
        Ok(())
    }

    /// Check that `assistant` may assist `assisted` as a dedicated assistant, given the
    /// assisted member's current dedicated assistants.
    pub fn check_assistance(
        &self,
        assistant: &MemberFacts,
        assisted: Option<&MemberFacts>,
        current_dedicated: &[String],
    ) -> Result<(), Error> {
        let Some(rule) = &self.constraints.assistance else {
            return Err(Error::conflict(format!(
                "policy {} has no assistants",
                self.name
            )));
        };
        if !rule
            .assistant_roles
            .iter()
            .any(|r| assistant.roles.contains(r))
        {
            return Err(Error::conflict(format!(
                "{} cannot assist: they hold none of the roles {}",
                assistant.email,
                rule.assistant_roles.join(", ")
            ))
            .hinted("give them an assisting role first"));
        }
        let Some(assisted) = assisted else {
            return Ok(());
        };
        if !rule
            .assisted_roles
            .iter()
            .any(|r| assisted.roles.contains(r))
        {
            return Err(Error::conflict(format!(
                "{} cannot be assisted: they hold none of the roles {}",
                assisted.email,
                rule.assisted_roles.join(", ")
            )));
        }
        let others: Vec<&String> = current_dedicated
            .iter()
            .filter(|e| **e != assistant.email)
            .collect();
        if others.len() as u32 >= rule.dedicated_per_assisted {
            return Err(Error::conflict(format!(
                "{} already has {} dedicated assistant{} ({}), the most policy {} allows",
                assisted.email,
                others.len(),
                if others.len() == 1 { "" } else { "s" },
                others
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                self.name
            ))
            .hinted("unassign the current assistant first, or assign this assistant org-wide")
            .ruled("dedicated assistants"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::policy::model::MemberStatus;

    const POLICY: &str = r#"
name: t
admin_roles: [admin]
omitted: [org.view, org.manage, org.publish, billing.manage, audit.view, member.view, member.invite, member.edit,
  member.deactivate, member.remove, role.assign, assistant.assign, location.manage, location.assign,
  team.manage, record.create, record.view, record.read, record.write, record.edit, record.archive,
  record.share, record.transfer, profile.read, profile.write, entry.create, entry.read, entry.edit,
  note.approve, space.create, space.view, space.post, space.invite, space.archive]
roles:
  admin: {}
  principal-ish: {}
  head: {kinds: [school]}
  full: {}
  readonly: {}
  tier1: {}
  tier4: {}
  none: {}
  flag: {}
  therapist: {}
  helper: {}
constraints:
  min_holders: [{role: admin, count: 1, hint: appoint another admin}]
  role_groups:
    - {name: user-type, roles: [full, readonly]}
    - {name: tier, roles: [tier1, tier4, none]}
  compatibility:
    - {role: readonly, forbids: [tier1, flag]}
  principal_when_several: true
  assistance: {assistant_roles: [helper], assisted_roles: [therapist], dedicated_per_assisted: 1}
"#;

    fn p() -> Policy {
        Policy::parse("t", POLICY).unwrap()
    }

    fn set(roles: &[&str]) -> BTreeSet<String> {
        roles.iter().map(|r| r.to_string()).collect()
    }

    fn kind_of(r: Result<(), Error>) -> Option<ErrorKind> {
        r.err().map(|e| e.kind)
    }

    #[test]
    fn role_kinds() {
        let p = p();
        let ok = set(&["head", "full", "tier1"]);
        assert!(
            p.check_roles(OrgKind::School, "a@x", &ok, Some("head"))
                .is_ok()
        );
        let e = p
            .check_roles(OrgKind::Clinic, "a@x", &ok, Some("head"))
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Conflict);
        assert!(
            e.message.contains("available only in school organisations"),
            "{}",
            e.message
        );
    }

    #[test]
    fn exactly_one_of_a_group() {
        let p = p();
        assert!(
            p.check_roles(
                OrgKind::Clinic,
                "a@x",
                &set(&["full", "tier4"]),
                Some("full")
            )
            .is_ok()
        );
        let none = p
            .check_roles(OrgKind::Clinic, "a@x", &set(&["tier4"]), None)
            .unwrap_err();
        assert!(
            none.message
                .contains("exactly one user-type role, and holds none")
        );
        let two = p.check_roles(
            OrgKind::Clinic,
            "a@x",
            &set(&["full", "readonly", "tier4"]),
            Some("full"),
        );
        assert_eq!(kind_of(two), Some(ErrorKind::Conflict));
    }

    #[test]
    fn compatibility_by_role_and_by_group() {
        let p = p();
        assert!(
            p.check_roles(
                OrgKind::Clinic,
                "a@x",
                &set(&["readonly", "tier4"]),
                Some("readonly")
            )
            .is_ok()
        );
        let e = p
            .check_roles(
                OrgKind::Clinic,
                "a@x",
                &set(&["readonly", "tier1"]),
                Some("readonly"),
            )
            .unwrap_err();
        assert!(
            e.message
                .contains("role readonly cannot be combined with tier1"),
            "{}",
            e.message
        );
        let e = p
            .check_roles(
                OrgKind::Clinic,
                "a@x",
                &set(&["readonly", "none", "flag"]),
                Some("flag"),
            )
            .unwrap_err();
        assert!(e.message.contains("cannot be combined with flag"));
    }

    #[test]
    fn principal_role_when_several() {
        let p = p();
        let e = p
            .check_roles(
                OrgKind::Clinic,
                "a@x",
                &set(&["full", "tier4", "flag"]),
                None,
            )
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid);
        assert!(e.hint.unwrap().contains("--principal"));
        let e = p
            .check_roles(
                OrgKind::Clinic,
                "a@x",
                &set(&["full", "tier4"]),
                Some("admin"),
            )
            .unwrap_err();
        assert!(e.message.contains("principal role admin is not one of"));
    }

    #[test]
    fn unknown_roles_are_invalid_input() {
        let e = p()
            .check_roles(OrgKind::Clinic, "a@x", &set(&["wizard"]), None)
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid);
    }

    #[test]
    fn minimum_holders() {
        let p = p();
        assert!(p.check_min_holders(|_| Ok(1)).is_ok());
        let e = p.check_min_holders(|_| Ok(0)).unwrap_err();
        let e = e.downcast::<Error>().unwrap();
        assert_eq!(e.kind, ErrorKind::Conflict);
        assert_eq!(e.hint.as_deref(), Some("appoint another admin"));
    }

    fn facts(id: i64, roles: &[&str]) -> MemberFacts {
        MemberFacts {
            id,
            email: format!("m{id}@x"),
            status: MemberStatus::Active,
            roles: set(roles),
            principal: None,
        }
    }

    #[test]
    fn reach_limits_count_the_records_a_role_holder_is_given() {
        let p = Policy::preset("behavior-charts").unwrap().unwrap();
        let parent = set(&["single-client", "access-none"]);
        let one = ["record:1".to_string()];
        let two = ["record:1".to_string(), "record:2".to_string()];
        assert!(p.check_reach("mum@x", &parent, &one).is_ok());
        let err = p.check_reach("mum@x", &parent, &two).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Conflict);
        assert!(
            err.to_string().contains("would reach record:1, record:2"),
            "{err}"
        );
        // the limit is the type's: a read-only user follows several performers
        assert!(
            p.check_reach("gran@x", &set(&["read-only", "access-none"]), &two)
                .is_ok()
        );
        assert!(
            p.constraint_ids()
                .contains(&"reach limit: single-client".to_string())
        );
    }

    #[test]
    fn dedicated_assistant_limit() {
        let p = p();
        let helper = facts(1, &["helper"]);
        let therapist = facts(2, &["therapist"]);
        assert!(p.check_assistance(&helper, Some(&therapist), &[]).is_ok());
        // assigning the same assistant again is not a second assistant
        assert!(
            p.check_assistance(&helper, Some(&therapist), &["m1@x".into()])
                .is_ok()
        );
        let e = p
            .check_assistance(&helper, Some(&therapist), &["m9@x".into()])
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Conflict);
        assert!(
            e.message
                .contains("already has 1 dedicated assistant (m9@x)"),
            "{}",
            e.message
        );
        assert!(p.check_assistance(&therapist, Some(&helper), &[]).is_err());
        assert!(
            p.check_assistance(&helper, Some(&facts(3, &["admin"])), &[])
                .is_err()
        );
        // org-wide: no assisted member to check
        assert!(p.check_assistance(&helper, None, &["m9@x".into()]).is_ok());
    }
}
