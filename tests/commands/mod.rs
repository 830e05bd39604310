//! End-to-end tests of each command, a module per noun.

mod location;
mod org;
mod record;
mod team;
