//! End-to-end tests of each command, a module per noun, plus the behaviour every
//! command shares: opening the store, the common refusals and the output formats.

mod audit;
mod completions;
mod config;
mod durability;
mod entry;
mod errors;
mod gate;
mod help;
mod input;
mod json_fields;
mod library;
mod location;
mod member;
mod member_import;
mod note;
mod org;
mod org_backup;
mod org_backup_props;
mod orgfile;
mod output;
mod performer_group;
mod perm;
mod policy;
mod policy_test;
mod privacy;
mod readme;
mod record;
mod record_import;
mod report;
mod role;
mod space;
mod store;
mod tables;
mod tamper;
mod team;
