//! Rendering: every command hands back rows or one object, and this module writes them
//! as a table (comfy-table), JSON (one document), CSV or YAML. Commands never format
//! their own tables.

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
                out.write_all(text.as_bytes())?;
                return Ok(());
            }
            _ => {}
        }
        match format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &self.to_json())?;
                writeln!(out)?;
            }
            Format::Yaml => serde_norway::to_writer(&mut *out, &self.to_json())?,
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
                        table.set_header(columns);
                        for row in rows {
                            table.add_row(row.iter().map(cell));
                        }
                    }
                    Output::Object(fields) => {
                        table.load_style(presets::UTF8_BORDERS_ONLY);
                        for (k, v) in fields {
                            table.add_row(vec![k.clone(), cell(v)]);
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

/// A value as one cell: lists joined with `;` (as the CSV import reads them).
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

/// Guard against spreadsheet formula injection: a cell that a spreadsheet would run
/// as a formula is written with a leading apostrophe.
pub fn csv_safe(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if s.parse::<f64>().is_err() => format!("'{s}"),
        _ => s.to_string(),
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
    fn the_guard_comes_off_on_import() {
        for cell in [
            "=SUM(A1)", "+1 555", "-x", "@home", "-3", "plain", "'t Hooft", "",
        ] {
            assert_eq!(csv_unguard(&csv_safe(cell)), cell, "{cell}");
        }
        assert_eq!(csv_unguard("'=x"), "=x");
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
