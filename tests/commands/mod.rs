//! End-to-end tests of each command, a module per noun.

mod org;
mod orgfile;
mod record;
