//! Reading the YAML files a user hands careward (policy files, policy test suites,
//! organisation files) so that a hostile file is cheap to refuse and a broken one never
//! comes back out.
//!
//! - Size: a file larger than its limit (README "Limits") is refused before it is read.
//! - Depth: the YAML parser takes quadratic time on deeply nested flow collections
//!   (`[[[[…`: 100 kB took 6 s), and serde's own recursion limit only applies once the
//!   whole file has been parsed. So the file's events are walked first, stopping at the
//!   first collection nested deeper than [`limits::YAML_DEPTH`]; up to there each event
//!   costs at most that depth.
//! - Errors name the file, the line and column and the key, never the file's content:
//!   serde quotes the value it did not expect (`invalid type: string "root:x:0:0:…"`),
//!   so every quoted value is taken out of the message, and an unknown key is named only
//!   when it looks like a key.

use std::io::Read;
use std::mem::MaybeUninit;

use serde::de::DeserializeOwned;
use unsafe_libyaml_norway as unsafe_libyaml;

use crate::error::Error;
use crate::limits;

/// Read a file of at most `max_bytes`, refusing a larger one without reading it whole.
/// `what` names the kind of file in messages ("policy file").
pub fn read(path: &str, what: &str, max_bytes: u64) -> Result<String, Error> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::not_found(format!("cannot read the {what} {path}: {e}")))?;
    // A regular file's size says it at once; a pipe's is found by reading.
    if file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() > max_bytes)
    {
        return Err(too_large(path, what, max_bytes));
    }
    let mut bytes = Vec::new();
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::invalid(format!("cannot read the {what} {path}: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(path, what, max_bytes));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::invalid(format!(
            "{path}: the {what} is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn too_large(origin: &str, what: &str, max_bytes: u64) -> Error {
    Error::invalid(format!(
        "{origin}: the {what} is larger than {} bytes, the limit",
        max_bytes
    ))
    .hinted("README \"Limits\" lists the limits on input files")
}

/// Parse `text` (named `origin` in messages) as a `T`, within the size and depth limits.
pub fn parse<T: DeserializeOwned>(
    origin: &str,
    what: &str,
    text: &str,
    max_bytes: u64,
) -> Result<T, Error> {
    if text.len() as u64 > max_bytes {
        return Err(too_large(origin, what, max_bytes));
    }
    check_depth(origin, what, text, limits::YAML_DEPTH)?;
    serde_norway::from_str(text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!("{origin}:{}:{}", l.line(), l.column()))
            .unwrap_or_else(|| origin.to_string());
        Error::invalid(format!("{at}: {}", describe(&e.to_string())))
    })
}

/// Refuse a file whose collections nest deeper than `max`. A file the parser cannot
/// read passes: the parse that follows reports its error.
pub fn check_depth(origin: &str, what: &str, text: &str, max: usize) -> Result<(), Error> {
    match deepest(text.as_bytes(), max) {
        Some(line) => Err(Error::invalid(format!(
            "{origin}:{line}: the {what} nests deeper than {max} levels, the limit"
        ))
        .hinted("README \"Limits\" lists the limits on input files")),
        None => Ok(()),
    }
}

/// The line (1-based) of the first collection nested deeper than `max`, if there is one.
fn deepest(input: &[u8], max: usize) -> Option<u64> {
    let mut parser = MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit();
    // SAFETY: libyaml's C API, used as serde_norway uses it: the parser is initialised
    // before use and deleted once; `input` outlives the parser; each event is deleted
    // after its type and mark are read.
    unsafe {
        let parser = parser.as_mut_ptr();
        if unsafe_libyaml::yaml_parser_initialize(parser).fail {
            return None;
        }
        unsafe_libyaml::yaml_parser_set_encoding(parser, unsafe_libyaml::YAML_UTF8_ENCODING);
        unsafe_libyaml::yaml_parser_set_input_string(parser, input.as_ptr(), input.len() as _);
        let mut depth = 0usize;
        let mut found = None;
        loop {
            let mut event = MaybeUninit::<unsafe_libyaml::yaml_event_t>::uninit();
            let event = event.as_mut_ptr();
            if unsafe_libyaml::yaml_parser_parse(parser, event).fail {
                break;
            }
            let kind = (*event).type_;
            let line = (*event).start_mark.line + 1;
            unsafe_libyaml::yaml_event_delete(event);
            match kind {
                unsafe_libyaml::YAML_SEQUENCE_START_EVENT
                | unsafe_libyaml::YAML_MAPPING_START_EVENT => {
                    depth += 1;
                    if depth > max {
                        found = Some(line);
                        break;
                    }
                }
                unsafe_libyaml::YAML_SEQUENCE_END_EVENT
                | unsafe_libyaml::YAML_MAPPING_END_EVENT => depth = depth.saturating_sub(1),
                unsafe_libyaml::YAML_STREAM_END_EVENT => break,
                _ => {}
            }
        }
        unsafe_libyaml::yaml_parser_delete(parser);
        found
    }
}

/// A serde / YAML error message without the input it quotes. serde writes the value it
/// did not expect as `string "…"` and names keys and variants in backquotes; the
/// location, which the caller puts first, is dropped from the end.
pub fn describe(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    // serde_norway puts the path of the value first: `roles.x.grants: invalid type: …`
    let (path, message) = match message.find(": ") {
        Some(i) if !message[..i].contains(' ') && !message[..i].contains('`') => {
            let path = &message[..i];
            let shown = path.len() <= 200
                && path
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c));
            let path = if shown { path } else { "(key not shown)" };
            (format!("{path}: "), &message[i + 2..])
        }
        _ => (String::new(), message),
    };
    // `invalid type: string "root:x:0:0…", expected struct PolicyFile`
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some(i) = rest.rfind(", expected ")
        {
            let got = rest[..i].split([' ', '`', '"']).next().unwrap_or("");
            let got = match got {
                "string" | "integer" | "floating" | "boolean" | "sequence" | "map" | "unit"
                | "character" | "null" | "bytes" | "tagged" => format!("a {got}"),
                _ => "a value".to_string(),
            };
            return format!("{path}{prefix}{got}{}", redact(&rest[i..]));
        }
    }
    // `unknown field `x`, expected one of …` and `unknown variant `x`, expected …`
    for (prefix, noun) in [
        ("unknown field `", "unknown field"),
        ("unknown variant `", "unknown variant"),
        ("duplicate field `", "duplicate field"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (name, tail) = match rest.find("`, ") {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest.trim_end_matches('`'), ""),
            };
            let name = if looks_like_a_key(name) {
                format!(" `{name}`")
            } else {
                String::new()
            };
            return format!("{path}{noun}{name}{tail}");
        }
    }
    format!("{path}{}", redact(message))
}

/// A key worth naming: short, and written like the keys careward's files use (or an
/// email address, which names a member).
pub fn looks_like_a_key(s: &str) -> bool {
    (1..=80).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.@+".contains(c))
}

/// Take every double-quoted part of a message (serde and careward's own checks write
/// input values as `"…"`) out of it, unless it looks like a key: `unknown action
/// "record.raed"` stays. (Backquotes are careward's own keys and commands.)
pub fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find('"') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        // a Debug-escaped string ends at the first quote not escaped by a backslash
        let mut escaped = false;
        let end = after.char_indices().find_map(|(j, c)| {
            let end = !escaped && c == '"';
            escaped = !escaped && c == '\\';
            end.then_some(j)
        });
        match end {
            Some(j) => {
                let inner = &after[..j];
                if looks_like_a_key(inner) {
                    out.push_str(&rest[i..i + 1 + j + 1]);
                } else {
                    out.push_str("(value not shown)");
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push_str("(value not shown)");
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        name: String,
        #[serde(default)]
        items: Vec<u32>,
    }

    fn error_of(text: &str) -> String {
        parse::<Small>("f.yaml", "test file", text, 1 << 20)
            .unwrap_err()
            .message
    }

    #[test]
    fn values_never_come_back_out() {
        let secret = "sk_live_51HZ8EXAMPLESECRET";
        for text in [
            format!("root:x:0:0:root:/root:/bin/bash {secret}\n"),
            format!("name: [{secret}]\n"),
            format!("name: x\nitems: [{secret}]\n"),
            format!("name: x\nitems: {secret}\n"),
            format!("name: x\n\"{secret} with spaces\": 1\n"),
            format!("name: x\nitems: [1, \"{secret}\n"),
            format!("name: x\nitems: [1, 2\n  {secret}: ]\n"),
            format!("name: x\nitems: [1]\nname: {secret}\n"),
        ] {
            let message = error_of(&text);
            assert!(message.starts_with("f.yaml"), "{message}");
            assert!(!message.contains(secret), "{message}");
            assert!(!message.contains("root:x"), "{message}");
        }
    }

    #[test]
    fn keys_and_expectations_are_still_named() {
        assert_eq!(
            error_of("name: x\ncolour: red\n"),
            "f.yaml:2:1: unknown field `colour`, expected `name` or `items`"
        );
        assert_eq!(
            error_of("name: [a]\n"),
            "f.yaml:1:7: name: invalid type: a sequence, expected a string"
        );
        assert_eq!(
            error_of("name: x\nitems: [x]\n"),
            "f.yaml:2:9: items[0]: invalid type: a string, expected u32"
        );
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "[".repeat(200_000);
        let started = std::time::Instant::now();
        let message = error_of(&deep);
        assert_eq!(
            message,
            "f.yaml:1: the test file nests deeper than 32 levels, the limit"
        );
        assert!(started.elapsed().as_secs() < 5);
        let deep_map = "{a: ".repeat(100_000);
        assert!(error_of(&deep_map).contains("nests deeper than 32 levels"));
        let block: String = (0..40).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
        assert!(error_of(&block).starts_with("f.yaml:33: the test file nests deeper"));
        // at the limit is fine (the parse then finds what is wrong)
        let ok = format!("name: x\nitems: {}{}\n", "[".repeat(31), "]".repeat(31));
        assert!(!error_of(&ok).contains("nests deeper"));
    }

    #[test]
    fn size_is_checked_first() {
        let err = parse::<Small>("f.yaml", "test file", "name: xxxxxxxx\n", 8).unwrap_err();
        assert_eq!(
            err.message,
            "f.yaml: the test file is larger than 8 bytes, the limit"
        );
    }
}

/// Fuzzing the policy reader (proptest, bounded cases): any text, and YAML built from
/// the policy's own keys with a secret where values go, parses or is refused without a
/// panic, and a refusal never quotes the secret. The inputs that found the bugs of
/// issue 9 and 10 (a file echoed in the error, quadratic nesting) are kept below.
#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    use crate::policy::Policy;

    const SECRET: &str = "S3CR3T/hunter2";

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("name".to_string()),
            Just("roles".to_string()),
            Just("actions".to_string()),
            Just("admin_roles".to_string()),
            Just("levels".to_string()),
            Just("grants".to_string()),
            Just("constraints".to_string()),
            "[a-z_.]{1,10}",
        ]
    }

    fn value() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just(SECRET.to_string()),
            Just(format!("\"{SECRET}\"")),
            Just(format!("'{SECRET} x'")),
            Just("org".to_string()),
            Just("12".to_string()),
            Just("[]".to_string()),
        ];
        leaf.prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4)
                    .prop_map(|items| format!("[{}]", items.join(", "))),
                proptest::collection::vec((key(), inner), 0..4).prop_map(|pairs| {
                    let body: Vec<String> = pairs
                        .into_iter()
                        .map(|(k, v)| format!("{k}: {v}"))
                        .collect();
                    format!("{{{}}}", body.join(", "))
                }),
            ]
        })
    }

    fn document() -> impl Strategy<Value = String> {
        proptest::collection::vec((key(), value()), 0..6).prop_map(|pairs| {
            pairs
                .into_iter()
                .map(|(k, v)| format!("{k}: {v}\n"))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_text_is_refused_without_a_panic(text in "\\PC{0,400}") {
            let _ = Policy::parse("p.yaml", &text);
        }

        #[test]
        fn a_refusal_never_quotes_a_value(text in document()) {
            if let Err(e) = Policy::parse("p.yaml", &text) {
                prop_assert!(!e.message.contains("S3CR3T"), "{}\n{}", text, e.message);
                prop_assert!(!e.message.contains("hunter2"), "{}\n{}", text, e.message);
            }
        }

        #[test]
        fn nesting_is_refused_exactly_above_the_limit(depth in 1usize..80, map in any::<bool>()) {
            let (open, close) = if map { ("{a: ", "}") } else { ("[", "]") };
            let text = format!("name: {}1{}\n", open.repeat(depth), close.repeat(depth));
            let refused = Policy::parse("p.yaml", &text)
                .is_err_and(|e| e.message.contains("nests deeper than"));
            // the top-level mapping is one level
            prop_assert_eq!(refused, depth + 1 > crate::limits::YAML_DEPTH);
        }
    }

    /// Inputs that found bugs, kept as regression cases.
    #[test]
    fn regressions() {
        // issue 9: `policy validate /etc/passwd` printed the file
        let err = Policy::parse("passwd", "root:x:0:0:root:/root:/bin/bash\n").unwrap_err();
        assert_eq!(
            err.message,
            "passwd:1:1: invalid type: a string, expected struct PolicyFile"
        );
        // issue 10: 400 kB of `[` took 250 s
        let started = std::time::Instant::now();
        let err = Policy::parse("deep", &"[".repeat(400_000)).unwrap_err();
        assert!(err.message.contains("nests deeper than 32 levels"));
        assert!(started.elapsed().as_secs() < 5);
    }
}
