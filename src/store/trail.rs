//! The access-relevant state, as the audit trail proves it.
//!
//! One list, [`TRACKED`], names the tables and columns that decide who may do what:
//! the organisation's policy and plan, members and their status, roles and principal
//! role, locations and teams and who is in them, record owners and status, shares,
//! assistant assignments, emergency grants, space membership. From that list come
//! the database's triggers ([`triggers_sql`] for SQLite, [`pg_triggers_sql`] for
//! PostgreSQL), which log every change to those rows (before and after, as JSON) into
//! `audit_change`; the store drains that log into the audit event appended in the same
//! transaction, whose hash covers it. `audit verify` folds an organisation's changes in
//! event order and compares the result with the live rows: a row changed behind
//! careward's back (a role added with sqlite3 or psql) is a difference, named.
//!
//! Both backends log the same JSON text for the same row, byte for byte, and an event
//! takes its changes in one order ([`in_canonical_order`]): the same command makes the
//! same event, with the same hash, on either, and a trail copied from one to the other
//! verifies there.
//!
//! Triggers are the capture, not the guard: whoever can write the store can drop them.
//! What proves the state is the comparison, which needs nothing from the triggers.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use serde_json::Value;

use super::db::{Conn, DbError, Dialect, params};

/// A table whose rows decide access, and the columns that matter. Each change to one
/// of its rows is logged as `{"t":TABLE,"b":BEFORE,"a":AFTER}` (no "b" for an insert,
/// no "a" for a delete), a row being `{"COL":VALUE,…}` over `cols` in their order:
/// compact JSON as SQLite's `json_object` writes it, which PostgreSQL's triggers copy.
pub(super) struct Tracked {
    pub table: &'static str,
    /// the columns that name a row (a subset of `cols`)
    key: &'static [&'static str],
    cols: &'static [&'static str],
    /// one organisation's rows (`?1`), the table aliased `t`
    pub(super) of_org: &'static str,
    /// the schema that created the table, and installs its triggers
    since: usize,
}

/// The tables and columns the trail proves. A table added here gets its triggers on
/// both backends, from its `since` schema on.
pub(super) const TRACKED: &[Tracked] = &[
    Tracked {
        table: "org",
        key: &["id"],
        // the plan is the seats and the invitation allowance; the policy is its source
        // and, for a policy file, its text
        cols: &[
            "id",
            "slug",
            "kind",
            "policy_source",
            "policy_text",
            "seats",
            "invitation_allowance",
        ],
        of_org: "org t WHERE t.id = ?1",
        since: 6,
    },
    Tracked {
        table: "member",
        key: &["id"],
        cols: &["id", "email", "status", "principal_role"],
        of_org: "member t WHERE t.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "member_role",
        key: &["member_id", "role"],
        cols: &["member_id", "role"],
        of_org: "member_role t JOIN member m ON m.id = t.member_id WHERE m.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "location",
        key: &["id"],
        cols: &["id", "slug", "status"],
        of_org: "location t WHERE t.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "member_location",
        key: &["member_id", "location_id"],
        cols: &["member_id", "location_id"],
        of_org: "member_location t JOIN member m ON m.id = t.member_id WHERE m.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "team",
        key: &["id"],
        cols: &["id", "slug", "status"],
        of_org: "team t WHERE t.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "team_member",
        key: &["team_id", "member_id"],
        cols: &["team_id", "member_id"],
        of_org: "team_member t JOIN team g ON g.id = t.team_id WHERE g.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "record",
        key: &["id"],
        cols: &[
            "id",
            "number",
            "owner_id",
            "creator_id",
            "location_id",
            "confidential",
            "read_only",
            "status",
        ],
        of_org: "record t WHERE t.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "share",
        key: &["id"],
        cols: &["id", "record_id", "member_id", "team_id", "level", "until"],
        of_org: "share t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
        since: 6,
    },
    // "the notes this member writes wait for approval": the member on the record
    Tracked {
        table: "approval_requirement",
        key: &["record_id", "member_id"],
        cols: &["record_id", "member_id", "supervisor_id"],
        of_org: "approval_requirement t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "assistant_assignment",
        key: &["assistant_id", "therapist_id"],
        cols: &["assistant_id", "therapist_id"],
        of_org: "assistant_assignment t JOIN member m ON m.id = t.assistant_id WHERE m.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "emergency_grant",
        key: &["id"],
        cols: &["id", "record_id", "member_id", "until"],
        of_org: "emergency_grant t JOIN record r ON r.id = t.record_id WHERE r.org_id = ?1",
        since: 6,
    },
    Tracked {
        table: "space_member",
        key: &["space_id", "member_id", "team_id"],
        cols: &["space_id", "member_id", "team_id"],
        of_org: "space_member t JOIN space s ON s.id = t.space_id WHERE s.org_id = ?1",
        since: 6,
    },
    // schema 7: behavior-charts' groups of records, libraries and organisation views
    Tracked {
        table: "record_group",
        key: &["id"],
        cols: &["id", "slug", "name"],
        of_org: "record_group t WHERE t.org_id = ?1",
        since: 7,
    },
    Tracked {
        table: "record_group_member",
        key: &["group_id", "record_id"],
        cols: &["group_id", "record_id"],
        of_org: "record_group_member t JOIN record_group g ON g.id = t.group_id WHERE g.org_id = ?1",
        since: 7,
    },
    Tracked {
        table: "group_share",
        key: &["id"],
        cols: &["id", "group_id", "member_id", "team_id", "level"],
        of_org: "group_share t JOIN record_group g ON g.id = t.group_id WHERE g.org_id = ?1",
        since: 7,
    },
    Tracked {
        table: "library_item",
        key: &["id"],
        cols: &["id", "library", "name", "description"],
        of_org: "library_item t WHERE t.org_id = ?1",
        since: 7,
    },
    Tracked {
        table: "tag_link",
        key: &["id"],
        cols: &[
            "id",
            "tag_id",
            "record_id",
            "entry_id",
            "member_id",
            "item_id",
        ],
        of_org: "tag_link t JOIN library_item i ON i.id = t.tag_id WHERE i.org_id = ?1",
        since: 7,
    },
    Tracked {
        table: "org_view",
        key: &["id"],
        cols: &["id", "kind", "name", "settings"],
        of_org: "org_view t WHERE t.org_id = ?1",
        since: 7,
    },
];

/// `json_object('col', ALIAS."col", …)` over a table's tracked columns, as JSON text.
/// PostgreSQL's `json_build_object` spaces its text differently from SQLite's
/// `json_object`: fine for rows that are parsed again, not for the text the triggers log.
fn row_json(t: &Tracked, alias: &str, dialect: Dialect) -> String {
    let fields: Vec<String> = t
        .cols
        .iter()
        .map(|c| format!("'{c}', {alias}.\"{c}\""))
        .collect();
    match dialect {
        Dialect::Sqlite => format!("json_object({})", fields.join(", ")),
        Dialect::Postgres => format!("CAST(json_build_object({}) AS TEXT)", fields.join(", ")),
    }
}

/// The triggers that log every change of a tracked row into `audit_change`, for the
/// tables that schema `schema` created.
pub(super) fn triggers_sql(schema: usize) -> String {
    let mut sql = String::new();
    for t in TRACKED.iter().filter(|t| t.since == schema) {
        let name = t.table;
        let (old, new) = (
            row_json(t, "OLD", Dialect::Sqlite),
            row_json(t, "NEW", Dialect::Sqlite),
        );
        let changed: Vec<String> = t
            .cols
            .iter()
            .map(|c| format!("OLD.\"{c}\" IS NOT NEW.\"{c}\""))
            .collect();
        let cols: Vec<String> = t.cols.iter().map(|c| format!("\"{c}\"")).collect();
        sql.push_str(&format!(
            "CREATE TRIGGER trail_{name}_insert AFTER INSERT ON {name} BEGIN
               INSERT INTO audit_change (change) VALUES (json_object('t', '{name}', 'a', {new}));
             END;
             CREATE TRIGGER trail_{name}_update AFTER UPDATE OF {cols} ON {name}
             WHEN {changed} BEGIN
               INSERT INTO audit_change (change) VALUES (json_object('t', '{name}', 'b', {old}, 'a', {new}));
             END;
             CREATE TRIGGER trail_{name}_delete AFTER DELETE ON {name} BEGIN
               INSERT INTO audit_change (change) VALUES (json_object('t', '{name}', 'b', {old}));
             END;
            ",
            cols = cols.join(", "),
            changed = changed.join(" OR "),
        ));
    }
    sql
}

/// A row's tracked columns as JSON text on PostgreSQL, byte for byte what SQLite's
/// [`row_json`] makes of the same row: `{"col":VALUE,…}` with no spaces, integers in
/// decimal, NULL as `null`. (`json_build_object` would add spaces.) PostgreSQL's
/// `to_json` of a text escapes as SQLite's `json_object` does: `\"`, `\\`, `\b \f \n \r
/// \t`, other control characters as `\u00XX` (lower-case hex), everything else as is.
pub(super) fn pg_row_json(t: &Tracked, alias: &str) -> String {
    let fields: Vec<String> = t
        .cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let sep = if i == 0 { "{" } else { "," };
            format!("'{sep}\"{c}\":' || coalesce(to_json({alias}.\"{c}\")::text, 'null')")
        })
        .collect();
    format!("({} || '}}')", fields.join(" || "))
}

/// PostgreSQL's twin of [`triggers_sql`]: the same triggers (names, events, the columns
/// an update must change), logging into `audit_change` the same JSON text as SQLite's.
/// One plpgsql function per table writes the change; it runs once per row, after the
/// statement's row change, as SQLite's triggers do.
pub(super) fn pg_triggers_sql(schema: usize) -> String {
    let mut sql = String::new();
    for t in TRACKED.iter().filter(|t| t.since == schema) {
        let name = t.table;
        let (old, new) = (pg_row_json(t, "OLD"), pg_row_json(t, "NEW"));
        let changed: Vec<String> = t
            .cols
            .iter()
            .map(|c| format!("OLD.\"{c}\" IS DISTINCT FROM NEW.\"{c}\""))
            .collect();
        let cols: Vec<String> = t.cols.iter().map(|c| format!("\"{c}\"")).collect();
        sql.push_str(&format!(
            "CREATE FUNCTION trail_{name}() RETURNS trigger LANGUAGE plpgsql AS $trail$
             BEGIN
               IF TG_OP = 'INSERT' THEN
                 INSERT INTO audit_change (change) VALUES ('{{\"t\":\"{name}\",\"a\":' || {new} || '}}');
               ELSIF TG_OP = 'UPDATE' THEN
                 INSERT INTO audit_change (change) VALUES ('{{\"t\":\"{name}\",\"b\":' || {old} || ',\"a\":' || {new} || '}}');
               ELSE
                 INSERT INTO audit_change (change) VALUES ('{{\"t\":\"{name}\",\"b\":' || {old} || '}}');
               END IF;
               RETURN NULL;
             END
             $trail$;
             CREATE TRIGGER trail_{name}_insert AFTER INSERT ON {name}
               FOR EACH ROW EXECUTE FUNCTION trail_{name}();
             CREATE TRIGGER trail_{name}_update AFTER UPDATE OF {cols} ON {name}
               FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION trail_{name}();
             CREATE TRIGGER trail_{name}_delete AFTER DELETE ON {name}
               FOR EACH ROW EXECUTE FUNCTION trail_{name}();
            ",
            cols = cols.join(", "),
            changed = changed.join(" OR "),
        ));
    }
    sql
}

/// One part of a row's key, ordered as numbers before text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum KeyPart {
    Null,
    Int(i64),
    Text(String),
}

/// A row's place in the state: its table (index into [`TRACKED`]) and key.
type RowKey = (usize, Vec<KeyPart>);

/// An organisation's access-relevant rows, each kept as its JSON text (a million
/// records' rows are held while verifying: text is a fraction of parsed values).
#[derive(Default)]
pub(super) struct State {
    rows: BTreeMap<RowKey, String>,
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn table_index(name: &str) -> Option<usize> {
    TRACKED.iter().position(|t| t.table == name)
}

fn key_of(table: usize, row: &Value) -> Vec<KeyPart> {
    TRACKED[table]
        .key
        .iter()
        .map(|k| match &row[*k] {
            Value::Number(n) => n.as_i64().map(KeyPart::Int).unwrap_or(KeyPart::Null),
            Value::String(s) => KeyPart::Text(s.clone()),
            _ => KeyPart::Null,
        })
        .collect()
}

/// The live rows of one organisation.
pub(super) fn live_state(conn: &Conn, org: i64) -> Result<State> {
    live_state_upto(conn, org, usize::MAX)
}

/// The live rows of one organisation in the tables schema `schema` knows.
fn live_state_upto(conn: &Conn, org: i64, schema: usize) -> Result<State> {
    let mut state = State::default();
    for (i, t) in TRACKED
        .iter()
        .enumerate()
        .filter(|(_, t)| t.since <= schema)
    {
        let sql = format!(
            "SELECT {} FROM {}",
            row_json(t, "t", conn.dialect()),
            t.of_org
        );
        conn.query_each(&sql, params![org], |row| {
            let text: String = row.get(0)?;
            let value: Value = serde_json::from_str(&text)
                .map_err(|e| DbError::Type(format!("a {} row is not JSON: {e}", t.table)))?;
            state.rows.insert((i, key_of(i, &value)), value.to_string());
            Ok(())
        })?;
    }
    Ok(state)
}

/// The live rows of one organisation as the changes that create them (the baseline an
/// upgraded store's trail starts from).
// Made while upgrading to the trail's schema, when later schemas' tables do not exist yet
// (they start empty, so the baseline needs none of their rows).
pub(super) fn baseline_changes(conn: &Conn, org: i64) -> Result<String> {
    let state = live_state_upto(conn, org, super::TRAIL_SCHEMA)?;
    let changes: Vec<Value> = state
        .rows
        .iter()
        .map(|((t, _), row)| serde_json::json!({ "t": TRACKED[*t].table, "a": parse(row) }))
        .collect();
    Ok(Value::Array(changes).to_string())
}

/// One event's row changes (each a JSON text as the triggers logged it) in the order
/// its hash covers: by table (as [`TRACKED`] lists them), then by row key, each row's
/// changes in the order they were made. The triggers log rows in the order the database
/// changes them, which is its own: a statement changing many rows visits them in its
/// plan's order (PostgreSQL's in the order they lie on disk), and a delete's cascades
/// are logged before their row on SQLite, after it on PostgreSQL. Sorted, the same
/// command makes the same event on both. A row's key never changes, so its changes stay
/// in order and replay as they were made.
pub(super) fn in_canonical_order(changes: Vec<String>) -> Vec<String> {
    let mut keyed: Vec<((usize, Vec<KeyPart>), usize, String)> = changes
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let change = parse(&text);
            let table = change["t"].as_str().and_then(table_index);
            let row = [&change["b"], &change["a"]]
                .into_iter()
                .find(|v| !v.is_null())
                .cloned()
                .unwrap_or(Value::Null);
            // an unknown table (which replay refuses) goes last, as it came
            let key = match table {
                Some(t) => (t, key_of(t, &row)),
                None => (usize::MAX, Vec::new()),
            };
            (key, i, text)
        })
        .collect();
    keyed.sort_unstable_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    keyed.into_iter().map(|(_, _, text)| text).collect()
}

/// How the replay of a trail disagrees with itself.
pub(super) struct ReplayError(pub String);

impl State {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Apply one event's changes (a JSON array) in order. Each change's "before" must
    /// be what the trail says the row was: otherwise the row was changed outside
    /// careward before this event.
    pub fn apply(&mut self, event: i64, changes: &str) -> std::result::Result<(), ReplayError> {
        let list: Vec<Value> = serde_json::from_str(changes).map_err(|e| {
            ReplayError(format!(
                "event {event} records row changes that cannot be read: {e}"
            ))
        })?;
        for change in list {
            let table = change["t"].as_str().and_then(table_index).ok_or_else(|| {
                ReplayError(format!(
                    "event {event} records a change to an unknown table: {change}"
                ))
            })?;
            let before = change.get("b").filter(|v| !v.is_null());
            let after = change.get("a").filter(|v| !v.is_null());
            let Some(any) = before.or(after) else {
                continue;
            };
            let key = (table, key_of(table, any));
            let trail = self.rows.get(&key);
            if trail.map(String::as_str) != before.map(Value::to_string).as_deref() {
                let names = Names::new(&[self]);
                let label = names.label(table, any);
                return Err(ReplayError(format!(
                    "{label}: event {event} found {} in the store where the trail says {}: it was changed outside careward before that event",
                    names.show(table, before),
                    names.show(table, trail.map(|t| parse(t)).as_ref()),
                )));
            }
            match after {
                Some(row) => {
                    let key = (table, key_of(table, row));
                    if before.is_some() && key.1 != key_of(table, any) {
                        self.rows.remove(&(table, key_of(table, any)));
                    }
                    self.rows.insert(key, row.to_string());
                }
                None => {
                    self.rows.remove(&key);
                }
            }
        }
        Ok(())
    }

    /// The first row where the trail (`self`) and the store differ, in words.
    pub fn first_difference(&self, store: &State) -> Option<String> {
        let names = Names::new(&[self, store]);
        let mut keys: Vec<&RowKey> = self.rows.keys().chain(store.rows.keys()).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            let table = key.0;
            match (self.rows.get(key), store.rows.get(key)) {
                (Some(a), Some(b)) if a == b => {}
                (Some(trail), Some(live)) => {
                    let (trail, live) = (parse(trail), parse(live));
                    let label = names.label(table, &live);
                    let col = TRACKED[table]
                        .cols
                        .iter()
                        .find(|c| trail[**c] != live[**c])
                        .copied()
                        .unwrap_or("a column");
                    let name = col.strip_suffix("_id").unwrap_or(col);
                    return Some(format!(
                        "{label}: the trail says {name} {}, the store has {name} {}",
                        names.value(col, &trail[col]),
                        names.value(col, &live[col]),
                    ));
                }
                (None, Some(live)) => {
                    return Some(format!(
                        "{}: in the store, but no event put it there",
                        names.label(table, &parse(live))
                    ));
                }
                (Some(trail), None) => {
                    return Some(format!(
                        "{}: in the trail, but missing from the store",
                        names.label(table, &parse(trail))
                    ));
                }
                (None, None) => {}
            }
        }
        None
    }
}

/// What people call the rows that ids point at: members by email, records by number,
/// teams and locations by slug.
struct Names {
    by_table: HashMap<&'static str, HashMap<i64, String>>,
}

impl Names {
    fn new(states: &[&State]) -> Names {
        let mut by_table: HashMap<&'static str, HashMap<i64, String>> = HashMap::new();
        for state in states {
            for ((t, _), text) in &state.rows {
                let table = TRACKED[*t].table;
                if !matches!(table, "member" | "record" | "team" | "location" | "org") {
                    continue;
                }
                let row = parse(text);
                let name = match table {
                    "member" => row["email"].as_str().map(str::to_string),
                    "record" => row["number"].as_i64().map(|n| format!("record:{n}")),
                    "team" | "location" | "org" => row["slug"].as_str().map(str::to_string),
                    _ => None,
                };
                if let (Some(id), Some(name)) = (row["id"].as_i64(), name) {
                    by_table.entry(table).or_default().entry(id).or_insert(name);
                }
            }
        }
        Names { by_table }
    }

    fn name(&self, table: &str, id: &Value) -> String {
        let Some(n) = id.as_i64() else {
            return "nobody".into();
        };
        self.by_table
            .get(table)
            .and_then(|m| m.get(&n))
            .cloned()
            .unwrap_or_else(|| format!("{table} #{n}"))
    }

    /// A column's value as a person reads it: ids become names.
    fn value(&self, col: &str, v: &Value) -> String {
        let table = match col {
            "member_id" | "owner_id" | "creator_id" | "assistant_id" | "therapist_id" => "member",
            "record_id" => "record",
            "team_id" => "team",
            "location_id" => "location",
            _ => "",
        };
        match (table, v) {
            (_, Value::Null) => "none".into(),
            ("", Value::String(s)) => s.clone(),
            ("", other) => other.to_string(),
            (table, id) => self.name(table, id),
        }
    }

    /// A row in words: "member pia@x.org: role administrator".
    fn label(&self, table: usize, row: &Value) -> String {
        let member = |col: &str| self.value("member_id", &row[col]);
        match TRACKED[table].table {
            "org" => format!("organisation {}", self.value("", &row["slug"])),
            "member" => format!("member {}", self.value("", &row["email"])),
            "member_role" => format!(
                "member {}: role {}",
                member("member_id"),
                self.value("", &row["role"])
            ),
            "location" => format!("location {}", self.value("", &row["slug"])),
            "member_location" => format!(
                "member {}: location {}",
                member("member_id"),
                self.value("location_id", &row["location_id"])
            ),
            "team" => format!("team {}", self.value("", &row["slug"])),
            "team_member" => format!(
                "team {}: member {}",
                self.value("team_id", &row["team_id"]),
                member("member_id")
            ),
            "record" => format!("record:{}", self.value("", &row["number"])),
            "share" => format!(
                "{}: share with {}",
                self.value("record_id", &row["record_id"]),
                if row["team_id"].is_null() {
                    member("member_id")
                } else {
                    format!("team {}", self.value("team_id", &row["team_id"]))
                }
            ),
            "assistant_assignment" => format!(
                "assistant {}: {}",
                member("assistant_id"),
                if row["therapist_id"].is_null() {
                    "org-wide".to_string()
                } else {
                    format!("for {}", member("therapist_id"))
                }
            ),
            "emergency_grant" => format!(
                "{}: emergency access for {}",
                self.value("record_id", &row["record_id"]),
                member("member_id")
            ),
            "space_member" => format!(
                "space:{}: {}",
                self.value("", &row["space_id"]),
                if row["team_id"].is_null() {
                    format!("member {}", member("member_id"))
                } else {
                    format!("team {}", self.value("team_id", &row["team_id"]))
                }
            ),
            other => format!("{other} {row}"),
        }
    }

    /// A row's non-key columns, for a before/after that disagree: "nothing" when absent.
    fn show(&self, table: usize, row: Option<&Value>) -> String {
        let Some(row) = row else {
            return "nothing".into();
        };
        let t = &TRACKED[table];
        let parts: Vec<String> = t
            .cols
            .iter()
            .filter(|c| !t.key.contains(c) && **c != "policy_text")
            .map(|c| {
                format!(
                    "{}={}",
                    c.strip_suffix("_id").unwrap_or(c),
                    self.value(c, &row[*c])
                )
            })
            .collect();
        if parts.is_empty() {
            "it".into()
        } else {
            format!("[{}]", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod pg_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_replayed_role_added_by_hand_is_named() {
        let mut trail = State::default();
        trail
            .apply(
                1,
                &json!([
                    {"t": "member", "a": {"id": 1, "email": "pia@x.org", "status": "active", "principal_role": null}},
                    {"t": "member_role", "a": {"member_id": 1, "role": "practitioner"}},
                ])
                .to_string(),
            )
            .map_err(|e| e.0)
            .unwrap();
        let mut store = State::default();
        store
            .apply(
                1,
                &json!([
                    {"t": "member", "a": {"id": 1, "email": "pia@x.org", "status": "active", "principal_role": null}},
                    {"t": "member_role", "a": {"member_id": 1, "role": "practitioner"}},
                    {"t": "member_role", "a": {"member_id": 1, "role": "administrator"}},
                ])
                .to_string(),
            )
            .map_err(|e| e.0)
            .unwrap();
        assert_eq!(
            trail.first_difference(&store).as_deref(),
            Some("member pia@x.org: role administrator: in the store, but no event put it there")
        );
        assert_eq!(trail.first_difference(&trail), None);
    }

    #[test]
    fn an_events_changes_are_ordered_by_table_then_key_each_rows_in_the_order_made() {
        let changes = [
            r#"{"t":"member_role","b":{"member_id":2,"role":"x"}}"#,
            r#"{"t":"member","b":{"id":3,"email":"c","status":"active","principal_role":null}}"#,
            r#"{"t":"member","a":{"id":2,"email":"b","status":"active","principal_role":null}}"#,
            r#"{"t":"nonsense","a":{}}"#,
            r#"{"t":"member","b":{"id":2,"email":"b","status":"active","principal_role":null},"a":{"id":2,"email":"b","status":"removed","principal_role":null}}"#,
            r#"{"t":"member_role","a":{"member_id":1,"role":"y"}}"#,
            r#"{"t":"org","b":{"id":1}}"#,
            r#"{"t":"member_role","a":{"member_id":2,"role":"x"}}"#,
        ];
        let sorted = in_canonical_order(changes.iter().map(|c| c.to_string()).collect());
        let order: Vec<usize> = sorted
            .iter()
            .map(|s| changes.iter().position(|c| c == s).unwrap())
            .collect();
        assert_eq!(order, [6, 2, 4, 1, 5, 0, 7, 3]);
    }

    #[test]
    fn a_before_that_the_trail_does_not_hold_is_a_change_outside_careward() {
        let mut trail = State::default();
        let err = trail
            .apply(
                7,
                &json!([{"t": "member", "b": {"id": 1, "email": "a@x.org", "status": "active", "principal_role": null}, "a": null}])
                    .to_string(),
            )
            .err()
            .unwrap();
        assert_eq!(
            err.0,
            "member a@x.org: event 7 found [email=a@x.org, status=active, principal_role=none] in the store where the trail says nothing: it was changed outside careward before that event"
        );
    }
}
