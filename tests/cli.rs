//! End-to-end tests through the real binary: one test binary, one module per noun, and
//! the seed conformance tests under tests/seeds/.

mod commands;
// Shared by every module; each uses only some of the helpers.
#[allow(dead_code)]
mod common;
mod seeds;
