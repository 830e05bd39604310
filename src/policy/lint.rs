//! What a valid policy may still get wrong: roles nobody can hold, actions nothing
//! grants, levels nothing uses, grants a broader grant of the same role shadows
//! (`policy validate` warnings); and what each role gains and loses between two
//! policies (`policy diff`).

use std::collections::{BTreeMap, BTreeSet};

use super::model::{OrgKind, Policy, Scope};

/// The role-assigning action: a role no one can be given is a role no one holds.
const ROLE_ASSIGN: &str = "role.assign";

impl Policy {
    /// Every warning about this policy, one line each, in a stable order.
    pub fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        let assignable = self.support.contains(ROLE_ASSIGN)
            || self
                .roles
                .values()
                .any(|r| r.grants.iter().any(|g| g.action == ROLE_ASSIGN));
        for role in self.roles.values() {
            let kinds = [OrgKind::Clinic, OrgKind::School];
            if !kinds.iter().any(|k| role.allowed_in(*k)) {
                out.push(format!(
                    "role {}: no kind of organisation allows it, so nobody can hold it",
                    role.name
                ));
            } else if !assignable && !self.admin_roles.contains(&role.name) {
                out.push(format!(
                    "role {}: nothing grants {ROLE_ASSIGN}, and it is not a first member's role, so nobody can be given it",
                    role.name
                ));
            }
        }
        let granted: BTreeSet<&str> = self
            .roles
            .values()
            .flat_map(|r| r.grants.iter().map(|g| g.action.as_str()))
            .chain(
                self.levels
                    .values()
                    .flat_map(|l| l.actions.iter().map(String::as_str)),
            )
            .chain(self.support.iter().map(String::as_str))
            .collect();
        for action in &self.actions {
            if !self.omitted.contains(action) && !granted.contains(action.as_str()) {
                out.push(format!(
                    "action {action}: no role, level or support grant gives it (list it under omitted: if that is deliberate)"
                ));
            }
        }
        for level in self.levels.values() {
            let shared = level.actions.iter().any(|a| a.starts_with("record."));
            let used = shared
                || self.space_level.as_deref() == Some(level.name.as_str())
                || self
                    .emergency
                    .as_ref()
                    .is_some_and(|e| e.level == level.name);
            if !used {
                out.push(format!(
                    "level {}: no share, space or emergency access can give it (it has no record action)",
                    level.name
                ));
            }
        }
        for role in self.roles.values() {
            let mut by_action: BTreeMap<&str, Vec<&super::model::Grant>> = BTreeMap::new();
            for g in &role.grants {
                by_action.entry(g.action.as_str()).or_default().push(g);
            }
            for (action, grants) in by_action {
                let broadest = grants.iter().any(|g| {
                    g.scopes.contains(&Scope::Org) && g.unless.is_none() && g.and.is_none()
                });
                let narrower: Vec<String> = grants
                    .iter()
                    .flat_map(|g| g.scopes.iter().map(move |s| (g, s)))
                    .filter(|(g, s)| **s != Scope::Org || g.unless.is_some() || g.and.is_some())
                    .map(|(_, s)| s.to_string())
                    .collect();
                if broadest && !narrower.is_empty() {
                    out.push(format!(
                        "role {}: {action} on {} is shadowed by {action} on org",
                        role.name,
                        narrower.join(", ")
                    ));
                }
            }
        }
        out
    }
}

/// What one role gains and loses from one policy to another.
#[derive(Debug, PartialEq, Eq)]
pub struct RoleDiff {
    pub role: String,
    /// `added`, `removed` or `changed`
    pub change: &'static str,
    pub gained: Vec<String>,
    pub lost: Vec<String>,
}

/// Each role's grants (`action on scope`), and each level's and support's actions, that
/// differ between `before` and `after`.
pub fn diff(before: &Policy, after: &Policy) -> Vec<RoleDiff> {
    fn grants(p: &Policy) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for name in p.roles.keys() {
            let set = p
                .grants_of([name])
                .into_iter()
                .map(|(action, scope, _)| format!("{action} on {scope}"))
                .collect();
            out.insert(format!("role {name}"), set);
        }
        for level in p.levels.values() {
            out.insert(format!("level {}", level.name), level.actions.clone());
        }
        out.insert("support".into(), p.support.clone());
        out
    }
    let (a, b) = (grants(before), grants(after));
    let names: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let empty = BTreeSet::new();
    names
        .into_iter()
        .filter_map(|name| {
            let (was, is) = (a.get(name), b.get(name));
            let gained: Vec<String> = is
                .unwrap_or(&empty)
                .difference(was.unwrap_or(&empty))
                .cloned()
                .collect();
            let lost: Vec<String> = was
                .unwrap_or(&empty)
                .difference(is.unwrap_or(&empty))
                .cloned()
                .collect();
            let change = match (was, is) {
                (None, Some(_)) => "added",
                (Some(_), None) => "removed",
                _ if gained.is_empty() && lost.is_empty() => return None,
                _ => "changed",
            };
            Some(RoleDiff {
                role: name.clone(),
                change,
                gained,
                lost,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"
name: lint
admin_roles: [boss]
actions: [intake.basic]
omitted: [org.manage, org.publish, billing.manage, audit.view, member.invite, member.edit,
  member.deactivate, member.remove, assistant.assign, location.manage, location.assign,
  team.manage, record.create, record.edit, record.archive, record.share, record.transfer,
  profile.write, entry.create, entry.read, entry.edit, note.approve, space.create, space.view,
  space.post, space.invite, space.archive, record.write, profile.read, member.view]
roles:
  boss:
    grants:
      org.view: org
      role.assign: org
      record.view: [org, own]
      record.read: own
  helper:
    grants:
      record.read: [own, assigned]
levels:
  read:
    actions: [record.view, record.read]
  idle:
    actions: [org.view]
"#;

    fn policy(text: &str) -> Policy {
        Policy::parse("lint", text).unwrap()
    }

    #[test]
    fn warnings_name_unused_actions_levels_and_shadowed_grants() {
        let w = policy(BASE).warnings();
        assert!(w.contains(&"action intake.basic: no role, level or support grant gives it (list it under omitted: if that is deliberate)".to_string()), "{w:?}");
        assert!(w.contains(&"level idle: no share, space or emergency access can give it (it has no record action)".to_string()), "{w:?}");
        assert!(
            w.contains(
                &"role boss: record.view on own is shadowed by record.view on org".to_string()
            ),
            "{w:?}"
        );
        assert!(!w.iter().any(|l| l.starts_with("role helper")), "{w:?}");
    }

    #[test]
    fn a_role_nobody_can_be_given_is_a_warning() {
        let text = BASE
            .replace("      role.assign: org\n", "")
            .replace("omitted: [", "omitted: [role.assign, ");
        let w = policy(&text).warnings();
        assert!(
            w.iter()
                .any(|l| l.starts_with("role helper: nothing grants role.assign")),
            "{w:?}"
        );
        assert!(
            !w.iter().any(|l| l.starts_with("role boss: nothing grants")),
            "{w:?}"
        );
    }

    #[test]
    fn diff_says_what_each_role_gains_and_loses() {
        let before = policy(BASE);
        let after = policy(&BASE.replace(
            "      record.read: [own, assigned]",
            "      record.read: own\n      intake.basic: own",
        ));
        let d = diff(&before, &after);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].role, "role helper");
        assert_eq!(d[0].change, "changed");
        assert_eq!(d[0].gained, ["intake.basic on own", "record.read on own"]);
        assert_eq!(d[0].lost, ["record.read on own|assigned"]);
        assert!(diff(&before, &before).is_empty());
    }
}
