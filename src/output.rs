//! Rendering: every command hands back rows or one object, and this module writes them
//! as a table (comfy-table), JSON (one document), CSV or YAML. Commands never format
//! their own tables.

use std::borrow::Cow;
use std::io::Write;

use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Yaml,
}

/// What a command produced.
#[derive(Debug)]
pub enum Output {
    /// rows with named columns (JSON: an array of objects)
    List {
        columns: Vec<String>,
        rows: Vec<Vec<Value>>,
    },
    /// one thing, field by field (JSON: an object)
    Object(Vec<(String, Value)>),
    /// text shown as it is (a YAML document, say); a JSON string with --format json
    Text(String),
    Nothing,
}

impl Output {
    pub fn list(columns: &[&str], rows: Vec<Vec<Value>>) -> Output {
        Output::List {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        }
    }

    /// Keep only the named columns of a list, in that order.
    pub fn only(self, keep: &[&str]) -> Output {
        match self {
            Output::List { columns, rows } => {
                let idx: Vec<usize> = keep
                    .iter()
                    .filter_map(|k| columns.iter().position(|c| c == k))
                    .collect();
                Output::List {
                    columns: idx.iter().map(|&i| columns[i].clone()).collect(),
                    rows: rows
                        .into_iter()
                        .map(|r| idx.iter().map(|&i| r[i].clone()).collect())
                        .collect(),
                }
            }
            other => other,
        }
    }

    pub fn object(fields: Vec<(&str, Value)>) -> Output {
        Output::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    fn to_json(&self) -> Value {
        match self {
            Output::List { columns, rows } => Value::Array(
                rows.iter()
                    .map(|row| {
                        Value::Object(
                            columns
                                .iter()
                                .cloned()
                                .zip(row.iter().cloned())
                                .collect::<Map<_, _>>(),
                        )
                    })
                    .collect(),
            ),
            Output::Object(fields) => Value::Object(fields.iter().cloned().collect()),
            Output::Text(text) => Value::String(text.clone()),
            Output::Nothing => Value::Null,
        }
    }

    pub fn render(&self, format: Format, out: &mut dyn Write) -> Result<()> {
        match self {
            Output::Nothing => return Ok(()),
            Output::Text(text) if format != Format::Json => {
                out.write_all(terminal_safe(text, true).as_bytes())?;
                return Ok(());
            }
            _ => {}
        }
        match format {
            Format::Json => {
                // serde_json escapes C0 controls; DEL, C1 and the bidirectional
                // overrides it writes as they are, so they are escaped here (they can
                // only occur inside strings, where `\u` escapes keep the data intact).
                let json = serde_json::to_string_pretty(&self.to_json())?;
                writeln!(out, "{}", json_escape_controls(&json))?;
            }
            Format::Yaml => serde_norway::to_writer(&mut *out, &neutralised(self.to_json()))?,
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                match self {
                    Output::List { columns, rows } => {
                        w.write_record(columns)?;
                        for row in rows {
                            w.write_record(row.iter().map(|v| csv_safe(&cell(v))))?;
                        }
                    }
                    Output::Object(fields) => {
                        w.write_record(fields.iter().map(|(k, _)| k))?;
                        w.write_record(fields.iter().map(|(_, v)| csv_safe(&cell(v))))?;
                    }
                    Output::Text(_) | Output::Nothing => {}
                }
                w.flush()?;
            }
            Format::Table => {
                let mut table = Table::new();
                table.set_content_arrangement(ContentArrangement::Dynamic);
                match self {
                    Output::List { columns, rows } => {
                        table.load_style(presets::UTF8_FULL_CONDENSED);
                        table.set_header(columns.iter().map(|c| terminal_safe(c, false)));
                        for row in rows {
                            table.add_row(row.iter().map(cell));
                        }
                    }
                    Output::Object(fields) => {
                        table.load_style(presets::UTF8_BORDERS_ONLY);
                        for (k, v) in fields {
                            table.add_row(vec![terminal_safe(k, false).into_owned(), cell(v)]);
                        }
                    }
                    Output::Text(_) | Output::Nothing => {}
                }
                writeln!(out, "{table}")?;
            }
        }
        Ok(())
    }
}

/// A value as one cell of a table or a CSV file: lists joined with `;` (as the CSV
/// import reads them), control characters neutralised ([`terminal_safe`]).
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => terminal_safe(s, false).into_owned(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

/// Whether a character must not reach a terminal as it is: a control character (C0,
/// DEL, C1: ESC starts the sequences that move the cursor, recolour or retitle the
/// terminal, BEL rings it) or a bidirectional embedding, override or isolate (which
/// reorders what follows it on the line).
fn unsafe_on_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text that is safe to write to a terminal, in every output format and on stderr: each
/// character of [`unsafe_on_terminal`] is written as a visible escape, `\u{1b}`. Line
/// breaks and tabs are kept when `lines` is set (a YAML document, a list of problems),
/// escaped otherwise (a table cell). Data already in a store or read from a file may
/// hold such characters; careward refuses them as input (`limits`).
pub fn terminal_safe(s: &str, lines: bool) -> Cow<'_, str> {
    let kept = |c: char| lines && (c == '\n' || c == '\t');
    if !s.chars().any(|c| unsafe_on_terminal(c) && !kept(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_on_terminal(c) && !kept(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Every string (and key) of a value made [`terminal_safe`], for YAML.
fn neutralised(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(terminal_safe(&s, false).into_owned()),
        Value::Array(items) => Value::Array(items.into_iter().map(neutralised).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (terminal_safe(&k, false).into_owned(), neutralised(v)))
                .collect(),
        ),
        other => other,
    }
}

/// One value as a line of JSON (`perm check --batch`), escaped as `--format json` is.
pub fn json_line(value: &Value) -> Result<String> {
    Ok(json_escape_controls(&serde_json::to_string(value)?).into_owned())
}

/// JSON text with every remaining [`unsafe_on_terminal`] character as a `\uXXXX` escape:
/// the same data, nothing a terminal acts on.
fn json_escape_controls(json: &str) -> Cow<'_, str> {
    if !json.chars().any(unsafe_on_terminal) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        // serde_json has escaped every C0 control and the structure has only \n and
        // spaces, so what is left is inside strings
        if unsafe_on_terminal(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Guard against spreadsheet formula injection: a cell that a spreadsheet would run
/// as a formula is written with a leading apostrophe. Spreadsheets read the full-width
/// forms `＝＋－＠` as the ASCII ones, so those are guarded too.
///
/// A cell that already starts with an apostrophe and then looks guarded (`'=x`, a
/// value that really is written so) gets one more, so that [`csv_unguard`] gives it
/// back as it was.
pub fn csv_safe(s: &str) -> String {
    if needs_guard(s) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn needs_guard(s: &str) -> bool {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => {
            s.parse::<f64>().is_err()
        }
        Some('\'') => needs_guard(&s[1..]),
        _ => false,
    }
}

/// Take off the guard [`csv_safe`] puts on, so that a file careward wrote (an export, a
/// rejects file) imports with its original values.
pub fn csv_unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if csv_safe(rest).len() != rest.len() => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(o: &Output, f: Format) -> String {
        let mut buf = Vec::new();
        o.render(f, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn csv_guards_formulas_and_joins_lists() {
        let o = Output::list(
            &["a", "b"],
            vec![
                vec![json!("=SUM(A1)"), json!(["x", "y"])],
                vec![json!("-3"), json!(null)],
            ],
        );
        assert_eq!(render(&o, Format::Csv), "a,b\n'=SUM(A1),x;y\n-3,\n");
    }

    #[test]
    fn full_width_formulas_are_guarded_as_the_ascii_ones() {
        for (raw, guarded) in [
            ("＝HYPERLINK(\"http://x\")", "'＝HYPERLINK(\"http://x\")"),
            ("＋1+1", "'＋1+1"),
            ("－2+3", "'－2+3"),
            ("＠SUM(A1)", "'＠SUM(A1)"),
            ("=1+1", "'=1+1"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("a=1", "a=1"),
            ("-3.5", "-3.5"),
            ("+44", "+44"),
        ] {
            assert_eq!(csv_safe(raw), guarded, "{raw}");
        }
    }

    #[test]
    fn control_characters_never_reach_the_terminal_raw() {
        let name = "Eve\u{1b}[31mRed\u{7}\u{9b}2J\u{202e}txt.exe\u{7f}";
        let o = Output::list(&["name"], vec![vec![json!(name)]]);
        for f in [Format::Table, Format::Csv, Format::Yaml, Format::Json] {
            let text = render(&o, f);
            assert!(
                !text.chars().any(|c| unsafe_on_terminal(c) && c != '\n'),
                "{f:?}: {text:?}"
            );
        }
        assert!(render(&o, Format::Csv).contains("Eve\\u{1b}[31mRed\\u{7}\\u{9b}2J"));
        // JSON keeps the data: it reads back as it was
        let v: Value = serde_json::from_str(&render(&o, Format::Json)).unwrap();
        assert_eq!(v[0]["name"], name);
        assert_eq!(
            json_line(&json!({"n": "a\u{9b}b\u{7f}"})).unwrap(),
            "{\"n\":\"a\\u009bb\\u007f\"}"
        );
        assert_eq!(terminal_safe("a\nb\tc", true), "a\nb\tc");
        assert_eq!(terminal_safe("a\nb", false), "a\\u{a}b");
        assert!(matches!(terminal_safe("Zoë 李", false), Cow::Borrowed(_)));
        let text = Output::Text("x: \u{1b}]0;pwned\u{7}\n".into());
        assert_eq!(render(&text, Format::Yaml), "x: \\u{1b}]0;pwned\\u{7}\n");
    }

    #[test]
    fn the_guard_comes_off_on_import() {
        for cell in [
            "=SUM(A1)",
            "+1 555",
            "-x",
            "@home",
            "-3",
            "plain",
            "'t Hooft",
            "",
            "＝SUM(A1)",
            "＋1",
            "－x",
            "＠home",
            "\tx",
            "\rx",
        ] {
            assert_eq!(csv_unguard(&csv_safe(cell)), cell, "{cell}");
        }
        assert_eq!(csv_unguard("'=x"), "=x");
        // found by fuzzing (csv_input::fuzz): a value that starts with an apostrophe
        // and a formula character lost its apostrophe on the way back
        for cell in ["'=x", "'＠", "''-1+1", "'-3"] {
            assert_eq!(csv_unguard(&csv_safe(cell)), cell, "{cell}");
        }
        assert_eq!(csv_unguard("'x"), "'x");
    }

    #[test]
    fn json_lists_are_arrays_of_objects() {
        let o = Output::list(&["email"], vec![vec![json!("a@x")]]);
        let v: Value = serde_json::from_str(&render(&o, Format::Json)).unwrap();
        assert_eq!(v, json!([{"email": "a@x"}]));
        let o = Output::object(vec![("slug", json!("demo"))]);
        assert_eq!(render(&o, Format::Yaml), "slug: demo\n");
    }
}
