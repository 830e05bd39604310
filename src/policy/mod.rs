//! The one gate: every command asks this module whether the acting member may do an
//! action to a target, and gets back a decision with its reasons.
//!
//! Pure: no SQL, no clap, no printing. A policy is data (YAML), loaded and validated by
//! [`model`]; [`engine`] decides over the [`Facts`] trait that the store implements;
//! [`constraints`] holds the rules that keep an organisation valid.

mod constraints;
mod engine;
mod lint;
mod model;

pub use engine::{
    AccessChange, Actor, Decision, Denial, Facts, Granted, Grantee, MemberFacts, MemberId,
    MemberRef, Provenance, ResourceGrant, TargetFacts, Verdict,
};
pub use lint::{RoleDiff, diff};
pub use model::{
    ACCEPT_ACTION, CORE_ACTIONS, Carry, EntryKind, EntryVerb, Library, MemberStatus, OrgKind,
    PRESETS, Policy, RECEIVE_ACTION, ROLE_COLUMNS, Reporting, RoleGroup, Scope, ViewKind,
};
