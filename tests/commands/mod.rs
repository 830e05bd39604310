//! End-to-end tests of each command, a module per noun.

mod member_import;
mod org;
