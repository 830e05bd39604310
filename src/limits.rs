//! What careward accepts as input, in one place (README "Limits"): the longest name,
//! title, client name, email, external id, slug, reason and free text, one function per
//! kind of field, which every path that takes one calls (command flags, CSV imports,
//! organisation files); and the largest and deepest file it reads.
//!
//! A field is refused (exit 6) when it is too long or holds a control character (C0,
//! DEL, C1): such characters have no place in a name, and written to a terminal they
//! would move the cursor, change colours or ring the bell. Messages name the field and
//! the limit, never the refused value, which may be long or hostile.

use crate::error::Error;

/// The longest email address (RFC 5321's limit on a path).
pub const EMAIL_MAX: usize = 254;
/// The longest name: a member's, an organisation's, a location's, a team's, a space's,
/// or the NAME of `support:NAME`.
pub const NAME_MAX: usize = 200;
/// The longest title: a member's, an entry's.
pub const TITLE_MAX: usize = 200;
/// The longest client name on a record.
pub const CLIENT_MAX: usize = 200;
/// The longest external id of a record.
pub const EXTERNAL_ID_MAX: usize = 100;
/// The longest slug: an organisation's, a location's, a team's.
pub const SLUG_MAX: usize = 60;
/// The longest reason (`--reason`, emergency access, a refusal's comment).
pub const REASON_MAX: usize = 1000;
/// The longest other free text (`member list --search`, `space post --kind`).
pub const TEXT_MAX: usize = 1000;

/// The largest policy file (or policy test suite), in bytes.
pub const POLICY_FILE_BYTES: u64 = 1024 * 1024;
/// The largest organisation file, in bytes: some 2,000,000 records in the flow style
/// `org export` writes. (`org seed` reads the records one at a time: a school board's
/// million records, 120 MB, seed in 822 MB at peak, most of it the seed's one audit
/// event — BENCHMARKS.md.)
pub const ORG_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// How deeply the collections of a YAML file may nest (policy and organisation files
/// need 6 at most).
pub const YAML_DEPTH: usize = 32;
/// The longest line (row) of a CSV import, in bytes.
pub const CSV_ROW_BYTES: usize = 64 * 1024;

/// A member's, organisation's, location's, team's or space's name.
pub fn name(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, NAME_MAX)
}

/// A member's or an entry's title.
pub fn title(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, TITLE_MAX)
}

/// A record's client name.
pub fn client(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, CLIENT_MAX)
}

/// A record's external id.
pub fn external_id(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, EXTERNAL_ID_MAX)
}

/// An email address, before it is checked for its shape (`session::parse_email`).
pub fn email(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, EMAIL_MAX)
}

/// A reason (`--reason`, an emergency access's, a refusal's comment).
pub fn reason(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, REASON_MAX)
}

/// Any other free text.
pub fn text(what: &str, value: &str) -> Result<(), Error> {
    text_field(what, value, TEXT_MAX)
}

/// A slug: an organisation's, a location's or a team's. One rule for all: 1 to 60
/// lower-case letters, digits, hyphens and underscores, beginning and ending with a
/// letter or a digit.
pub fn slug(slug: &str) -> Result<(), Error> {
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let ok = (1..=SLUG_MAX).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && edge(slug.chars().next())
        && edge(slug.chars().last());
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!("{} is not a usable slug", quote(slug))).hinted(
            "use up to 60 lower-case letters, digits, hyphens and underscores, such as north-clinic",
        ))
    }
}

fn text_field(what: &str, value: &str, max: usize) -> Result<(), Error> {
    let len = value.chars().count();
    if len > max {
        return Err(Error::invalid(format!(
            "{what} is {len} characters long; at most {max} are allowed"
        )));
    }
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(Error::invalid(format!(
            "{what} contains a control character (U+{:04X})",
            c as u32
        ))
        .hinted("write plain text, without escape sequences, tabs or line breaks"));
    }
    Ok(())
}

/// How an error message shows a value the user gave: in quotes, cut after 60
/// characters. (Control characters are neutralised where errors are printed.)
pub fn quote(value: &str) -> String {
    const SHOWN: usize = 60;
    match value.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("\"{}…\"", &value[..cut]),
        None => format!("\"{value}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_refuses_what_is_too_long_and_accepts_its_limit() {
        type Check = fn(&str, &str) -> Result<(), Error>;
        let kinds: [(Check, usize); 7] = [
            (name, NAME_MAX),
            (title, TITLE_MAX),
            (client, CLIENT_MAX),
            (external_id, EXTERNAL_ID_MAX),
            (email, EMAIL_MAX),
            (reason, REASON_MAX),
            (text, TEXT_MAX),
        ];
        for (check, max) in kinds {
            // characters, not bytes: ü is two bytes
            assert!(check("f", &"ü".repeat(max)).is_ok());
            let err = check("--name", &"ü".repeat(max + 1)).unwrap_err();
            assert_eq!(
                err.message,
                format!(
                    "--name is {} characters long; at most {max} are allowed",
                    max + 1
                )
            );
        }
    }

    #[test]
    fn control_characters_are_refused_without_echoing_the_value() {
        for c in ['\u{1b}', '\u{7}', '\n', '\t', '\u{7f}', '\u{9b}', '\u{85}'] {
            let err = name("member name", &format!("Eve{c}x")).unwrap_err();
            assert!(err.message.starts_with("member name contains a control"));
            assert!(!err.message.contains(c));
        }
        assert!(name("n", "Zoë O'Brien-Ünal 李").is_ok());
    }

    #[test]
    fn slugs_keep_their_shape() {
        for good in ["north-clinic", "a", "tsa_2", "2nd-floor", &"a".repeat(60)] {
            assert!(slug(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "-north",
            "north-",
            "_x",
            "Maple",
            "a b",
            "é",
            &"a".repeat(61),
        ] {
            assert!(slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn quoted_values_are_cut() {
        assert_eq!(quote("bob@"), "\"bob@\"");
        let long = "x".repeat(500);
        assert_eq!(quote(&long), format!("\"{}…\"", "x".repeat(60)));
    }
}
