//! Seed conformance: every rule a seed states is a test that names the seed file and
//! quotes the sentence it checks.

mod seed_004;
