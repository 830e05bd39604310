//! End-to-end tests of each command, a module per noun, plus the behaviour every
//! command shares: opening the store, the common refusals and the output formats.

mod audit;
mod completions;
mod entry;
mod errors;
mod location;
mod member;
mod member_import;
mod note;
mod org;
mod orgfile;
mod output;
mod perm;
mod policy;
mod record;
mod record_import;
mod role;
mod space;
mod store;
mod tamper;
mod team;
