//! Direct access to a test's store, the same on SQLite and PostgreSQL (sqlx-cli style):
//! check what a command did, or change a row behind careward's back. SQL is written
//! once, SQLite-style, with numbered parameters `?1`, `?2`; for PostgreSQL they become
//! `$1`, `$2`, as in careward's own store layer.

use std::cell::RefCell;

use postgres::types::{IsNull, ToSql, Type, private::BytesMut, to_sql_checked};

/// One value of a row, or a parameter. Its `Debug` text is rusqlite's, on both backends.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Cell {
    #[track_caller]
    pub fn int(&self) -> i64 {
        match self {
            Cell::Integer(i) => *i,
            other => panic!("not an integer: {other:?}"),
        }
    }

    #[track_caller]
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            other => panic!("not a text: {other:?}"),
        }
    }

    /// A text or NULL.
    #[track_caller]
    pub fn opt_text(&self) -> Option<String> {
        match self {
            Cell::Null => None,
            other => Some(other.text()),
        }
    }
}

/// What a cell may be read as.
pub trait FromCell: Sized {
    fn from_cell(cell: &Cell) -> Self;
}

impl FromCell for i64 {
    fn from_cell(cell: &Cell) -> i64 {
        cell.int()
    }
}
impl FromCell for String {
    fn from_cell(cell: &Cell) -> String {
        cell.text()
    }
}
/// A flag: an integer 0 or 1.
impl FromCell for bool {
    fn from_cell(cell: &Cell) -> bool {
        match cell.int() {
            0 => false,
            1 => true,
            other => panic!("not a flag: {other}"),
        }
    }
}
impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(cell: &Cell) -> Option<T> {
        match cell {
            Cell::Null => None,
            other => Some(T::from_cell(other)),
        }
    }
}

/// What a row may be read as: one value (its first column), or a tuple of its columns.
pub trait FromRow: Sized {
    fn from_row(row: &[Cell]) -> Self;
}

impl<T: FromCell> FromRow for T {
    fn from_row(row: &[Cell]) -> T {
        T::from_cell(&row[0])
    }
}

macro_rules! tuple_from_row {
    ($($t:ident $i:tt),+) => {
        impl<$($t: FromCell),+> FromRow for ($($t,)+) {
            fn from_row(row: &[Cell]) -> Self {
                ($($t::from_cell(&row[$i]),)+)
            }
        }
    };
}
tuple_from_row!(A 0, B 1);
tuple_from_row!(A 0, B 1, C 2);
tuple_from_row!(A 0, B 1, C 2, D 3);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);

/// What a parameter may be: the store layer's parameter types.
pub trait Param {
    fn cell(&self) -> Cell;
}

impl Param for i64 {
    fn cell(&self) -> Cell {
        Cell::Integer(*self)
    }
}
impl Param for &str {
    fn cell(&self) -> Cell {
        Cell::Text(self.to_string())
    }
}
impl Param for String {
    fn cell(&self) -> Cell {
        Cell::Text(self.clone())
    }
}
impl Param for &[u8] {
    fn cell(&self) -> Cell {
        Cell::Blob(self.to_vec())
    }
}
impl Param for Vec<u8> {
    fn cell(&self) -> Cell {
        Cell::Blob(self.clone())
    }
}
impl<T: Param> Param for Option<T> {
    fn cell(&self) -> Cell {
        self.as_ref().map_or(Cell::Null, Param::cell)
    }
}

impl rusqlite::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Integer(i) => ValueRef::Integer(*i),
            Cell::Real(f) => ValueRef::Real(*f),
            Cell::Text(t) => ValueRef::Text(t.as_bytes()),
            Cell::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

impl ToSql for Cell {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Cell::Null => Ok(IsNull::Yes),
            // a literal's column may be an INTEGER, not careward's BIGINT
            Cell::Integer(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Cell::Integer(i) => i.to_sql(ty, out),
            Cell::Real(f) => f.to_sql(ty, out),
            Cell::Text(t) => t.to_sql(ty, out),
            Cell::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// A connection to a test's store.
pub enum TestDb {
    Sqlite(rusqlite::Connection),
    Postgres(RefCell<postgres::Client>),
}

impl TestDb {
    pub fn is_postgres(&self) -> bool {
        matches!(self, TestDb::Postgres(_))
    }

    /// Every row `sql` returns.
    #[track_caller]
    pub fn query_rows(&self, sql: &str, params: &[&dyn Param]) -> Vec<Vec<Cell>> {
        let cells: Vec<Cell> = params.iter().map(|p| p.cell()).collect();
        match self {
            TestDb::Sqlite(conn) => {
                let mut stmt = conn
                    .prepare(sql)
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)));
                let n = stmt.column_count();
                let rows = stmt
                    .query_map(rusqlite::params_from_iter(&cells), |r| {
                        (0..n)
                            .map(|i| {
                                r.get::<_, rusqlite::types::Value>(i).map(|v| match v {
                                    rusqlite::types::Value::Null => Cell::Null,
                                    rusqlite::types::Value::Integer(i) => Cell::Integer(i),
                                    rusqlite::types::Value::Real(f) => Cell::Real(f),
                                    rusqlite::types::Value::Text(t) => Cell::Text(t),
                                    rusqlite::types::Value::Blob(b) => Cell::Blob(b),
                                })
                            })
                            .collect::<rusqlite::Result<Vec<_>>>()
                    })
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)));
                rows.collect::<rusqlite::Result<_>>()
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)))
            }
            TestDb::Postgres(client) => {
                let refs: Vec<&(dyn ToSql + Sync)> =
                    cells.iter().map(|c| c as &(dyn ToSql + Sync)).collect();
                let rows = client
                    .borrow_mut()
                    .query(&dollar_params(sql), &refs)
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)));
                rows.iter()
                    .map(|row| (0..row.len()).map(|i| pg_cell(row, i)).collect())
                    .collect()
            }
        }
    }

    /// The one row `sql` returns.
    #[track_caller]
    pub fn query_row(&self, sql: &str, params: &[&dyn Param]) -> Vec<Cell> {
        let mut rows = self.query_rows(sql, params);
        assert_eq!(rows.len(), 1, "{sql}: {} rows, not one", rows.len());
        rows.remove(0)
    }

    /// The one row `sql` returns, as a value (its first column) or a tuple.
    #[track_caller]
    pub fn query_one<T: FromRow>(&self, sql: &str, params: &[&dyn Param]) -> T {
        T::from_row(&self.query_row(sql, params))
    }

    /// Every row `sql` returns, as values (their first columns) or tuples.
    #[track_caller]
    pub fn query_all<T: FromRow>(&self, sql: &str, params: &[&dyn Param]) -> Vec<T> {
        self.query_rows(sql, params)
            .iter()
            .map(|row| T::from_row(row))
            .collect()
    }

    /// The first column of the one row `sql` returns, an integer (`count(*)`, an id).
    #[track_caller]
    pub fn query_i64(&self, sql: &str, params: &[&dyn Param]) -> i64 {
        self.query_one(sql, params)
    }

    /// The first column of the one row `sql` returns, a text.
    #[track_caller]
    pub fn query_text(&self, sql: &str, params: &[&dyn Param]) -> String {
        self.query_one(sql, params)
    }

    /// Run one statement; how many rows it changed.
    #[track_caller]
    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> u64 {
        let cells: Vec<Cell> = params.iter().map(|p| p.cell()).collect();
        match self {
            TestDb::Sqlite(conn) => {
                conn.execute(sql, rusqlite::params_from_iter(&cells))
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e))) as u64
            }
            TestDb::Postgres(client) => {
                let refs: Vec<&(dyn ToSql + Sync)> =
                    cells.iter().map(|c| c as &(dyn ToSql + Sync)).collect();
                client
                    .borrow_mut()
                    .execute(&dollar_params(sql), &refs)
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)))
            }
        }
    }

    /// Run statements separated by `;`, without parameters.
    #[track_caller]
    pub fn execute_batch(&self, sql: &str) {
        match self {
            TestDb::Sqlite(conn) => conn.execute_batch(sql),
            TestDb::Postgres(client) => {
                return client
                    .borrow_mut()
                    .batch_execute(sql)
                    .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)));
            }
        }
        .unwrap_or_else(|e| panic!("{sql}: {}", message(&e)))
    }

    /// The database's tables by name, but SQLite's own (`sqlite_%`).
    pub fn tables(&self) -> Vec<String> {
        match self {
            TestDb::Sqlite(_) => self.query_all(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                 ORDER BY name",
                &[],
            ),
            TestDb::Postgres(_) => self.query_all(
                "SELECT table_name::text COLLATE \"C\" FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                 ORDER BY 1",
                &[],
            ),
        }
    }

    /// `SELECT` of a table's columns as SQLite has them: PostgreSQL's explicit `rowid`
    /// (SQLite's is hidden) left out.
    pub fn select_all(&self, table: &str) -> String {
        match self {
            TestDb::Sqlite(_) => format!("SELECT * FROM \"{table}\""),
            TestDb::Postgres(_) => {
                let columns: Vec<String> = self
                    .query_all::<String>(
                        "SELECT column_name::text FROM information_schema.columns
                         WHERE table_schema = current_schema() AND table_name = ?1
                           AND column_name <> 'rowid'
                         ORDER BY ordinal_position",
                        &[&table],
                    )
                    .iter()
                    .map(|c| format!("\"{c}\""))
                    .collect();
                format!("SELECT {} FROM \"{table}\"", columns.join(", "))
            }
        }
    }

    /// The rows of `tables`, as text, one line a row: `table: value | value`.
    pub fn dump(&self, tables: &[String]) -> String {
        let mut out = String::new();
        for t in tables {
            for row in self.query_rows(&format!("{} ORDER BY 1", self.select_all(t)), &[]) {
                let values: Vec<String> = row.iter().map(|v| format!("{v:?}")).collect();
                out.push_str(&format!("{t}: {}\n", values.join(" | ")));
            }
        }
        out
    }
}

/// What went wrong, PostgreSQL's own words included ("db error" alone says nothing).
fn message(e: &dyn std::error::Error) -> String {
    match e.source() {
        Some(source) => format!("{e}: {source}"),
        None => e.to_string(),
    }
}

/// A PostgreSQL value as the cell SQLite would give: integers of every width, flags
/// (`bool`) as 0/1.
fn pg_cell(row: &postgres::Row, i: usize) -> Cell {
    let ty = row.columns()[i].type_().clone();
    let cell = match ty {
        Type::INT8 => row.get::<_, Option<i64>>(i).map(Cell::Integer),
        Type::INT4 => row
            .get::<_, Option<i32>>(i)
            .map(|v| Cell::Integer(v.into())),
        Type::INT2 => row
            .get::<_, Option<i16>>(i)
            .map(|v| Cell::Integer(v.into())),
        Type::BOOL => row
            .get::<_, Option<bool>>(i)
            .map(|v| Cell::Integer(v.into())),
        Type::FLOAT8 => row.get::<_, Option<f64>>(i).map(Cell::Real),
        Type::BYTEA => row.get::<_, Option<Vec<u8>>>(i).map(Cell::Blob),
        _ => row.get::<_, Option<String>>(i).map(Cell::Text),
    };
    cell.unwrap_or(Cell::Null)
}

/// `?N` → `$N` (and `+?N` → `$N`) outside string literals.
pub fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut in_literal = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            in_literal = !in_literal;
        }
        if !in_literal && c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            if out.ends_with('+') {
                out.pop();
            }
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}
