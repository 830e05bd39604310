//! End-to-end tests through the real binary: one test binary, one module per noun, and
//! the seed conformance tests under tests/seeds/.

mod commands;
mod common;
mod seeds;
