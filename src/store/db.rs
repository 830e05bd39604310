//! The two databases a store can live in — an SQLite file, or a PostgreSQL database —
//! behind the one small API the store's typed functions use.
//!
//! SQL is written once, in the dialect both accept, with numbered parameters (`?1`,
//! and `+?1` where SQLite must not propagate a constant); for PostgreSQL the
//! parameters are rewritten to `$1` when a statement is first prepared. Where the
//! dialects differ, [`Dialect`] says so, in one place per difference. Parameters are
//! the few types both bind alike ([`Param`]): no `bool` or 32-bit integers, which
//! PostgreSQL types strictly; a flag is bound as an `i64`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

use postgres::types::{FromSql, ToSql as PgToSql, Type};

/// Which database holds the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// Rows of one id each, from a JSON array of ids bound as parameter `param`
    /// (`?1`): a list of any length as one parameter, one prepared statement.
    pub fn ids_from_json(self, param: &str) -> String {
        match self {
            Dialect::Sqlite => format!("SELECT value FROM json_each({param})"),
            Dialect::Postgres => format!(
                "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(CAST({param} AS TEXT) AS JSON))"
            ),
        }
    }
}

/// A connection to the store's database.
pub enum Conn {
    Lite(rusqlite::Connection),
    Pg(Box<RefCell<Pg>>),
}

/// A PostgreSQL client and its prepared statements, by their SQL as written.
pub struct Pg {
    pub client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

/// How many prepared statements a PostgreSQL connection keeps (SQLite's cache is
/// sized in [`super::Store::open`]).
const PG_STATEMENTS: usize = 512;

impl Pg {
    pub fn new(client: postgres::Client) -> Pg {
        Pg {
            client,
            statements: HashMap::new(),
        }
    }

    fn statement(&mut self, sql: &str) -> DbResult<postgres::Statement> {
        if let Some(stmt) = self.statements.get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self.client.prepare(&numbered_as_dollars(sql))?;
        if self.statements.len() >= PG_STATEMENTS {
            self.statements.clear();
        }
        self.statements.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }
}

/// `?1` → `$1` and `+?1` → `$1`, outside quoted text and identifiers.
pub fn numbered_as_dollars(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '+' if chars.peek() == Some(&'?') => {}
            '?' => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

/// What the database said, or that a row expected was not there.
#[derive(Debug)]
pub enum DbError {
    Lite(rusqlite::Error),
    Pg(postgres::Error),
    /// a statement that must return a row returned none
    NoRows,
    /// a column read as a type it does not hold
    Type(String),
}

pub type DbResult<T> = std::result::Result<T, DbError>;

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::Lite(e) => e.fmt(f),
            DbError::Pg(e) => match e.as_db_error() {
                Some(db) => f.write_str(db.message()),
                None => e.fmt(f),
            },
            DbError::NoRows => f.write_str("the query returned no rows"),
            DbError::Type(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for DbError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DbError::Lite(e) => Some(e),
            DbError::Pg(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        match e {
            rusqlite::Error::QueryReturnedNoRows => DbError::NoRows,
            e => DbError::Lite(e),
        }
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        DbError::Pg(e)
    }
}

impl DbError {
    /// Whether the database gave up waiting for another process's lock: SQLite's
    /// `SQLITE_BUSY`/`SQLITE_LOCKED`, PostgreSQL's `lock_not_available` (its
    /// `lock_timeout`).
    pub fn is_busy(&self) -> bool {
        match self {
            DbError::Lite(e) => lite_busy(e),
            DbError::Pg(e) => e.code() == Some(&postgres::error::SqlState::LOCK_NOT_AVAILABLE),
            _ => false,
        }
    }
}

/// Whether SQLite gave up waiting for another connection's lock.
pub fn lite_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// `.optional()`: no row is `None`, as rusqlite's `OptionalExtension`.
pub trait OptionalExt<T> {
    fn optional(self) -> DbResult<Option<T>>;
}

impl<T> OptionalExt<T> for DbResult<T> {
    fn optional(self) -> DbResult<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(DbError::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A value both databases bind the same way.
pub trait Param: Sync {
    fn lite(&self) -> &dyn rusqlite::ToSql;
    fn pg(&self) -> &(dyn PgToSql + Sync);
}

macro_rules! param_types {
    ($($t:ty),* $(,)?) => {$(
        impl Param for $t {
            fn lite(&self) -> &dyn rusqlite::ToSql {
                self
            }
            fn pg(&self) -> &(dyn PgToSql + Sync) {
                self
            }
        }
    )*};
}

param_types!(
    i64,
    Option<i64>,
    String,
    Option<String>,
    &str,
    Option<&str>,
    Vec<u8>,
    Option<Vec<u8>>,
    &[u8],
    f64,
);

impl<T: Param> Param for &T {
    fn lite(&self) -> &dyn rusqlite::ToSql {
        (**self).lite()
    }
    fn pg(&self) -> &(dyn PgToSql + Sync) {
        (**self).pg()
    }
}

/// `params![a, b]`: the parameters of a statement, `?1` and `?2`.
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::db::Param] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::store::db::Param),+] as &[&dyn $crate::store::db::Param] };
}
pub(crate) use params;

/// A column's position or name.
pub trait ColIndex: rusqlite::RowIndex + postgres::row::RowIndex + fmt::Display + Copy {}
impl ColIndex for usize {}
impl ColIndex for &str {}

/// One row of a result.
pub enum Row<'a, 'b> {
    Lite(&'a rusqlite::Row<'b>),
    Pg(&'a postgres::Row),
}

impl Row<'_, '_> {
    pub fn get<I: ColIndex, T: FromCol>(&self, idx: I) -> DbResult<T> {
        match self {
            Row::Lite(row) => T::lite(row, idx),
            Row::Pg(row) => T::pg(row, idx),
        }
    }

    /// A column's value, whatever its type (for copying rows between stores).
    pub fn value(&self, idx: usize) -> DbResult<Value> {
        match self {
            Row::Lite(row) => Ok(match row.get_ref(idx)? {
                rusqlite::types::ValueRef::Null => Value::Null,
                rusqlite::types::ValueRef::Integer(i) => Value::Int(i),
                rusqlite::types::ValueRef::Real(f) => Value::Real(f),
                rusqlite::types::ValueRef::Text(t) => {
                    Value::Text(String::from_utf8_lossy(t).into_owned())
                }
                rusqlite::types::ValueRef::Blob(b) => Value::Blob(b.to_vec()),
            }),
            Row::Pg(row) => {
                let ty = row.columns()[idx].type_().clone();
                Ok(if ty == Type::BYTEA {
                    row.try_get::<_, Option<Vec<u8>>>(idx)?
                        .map_or(Value::Null, Value::Blob)
                } else if ty == Type::FLOAT8 || ty == Type::FLOAT4 {
                    row.try_get::<_, Option<f64>>(idx)?
                        .map_or(Value::Null, Value::Real)
                } else if PgInt::accepts(&ty) {
                    row.try_get::<_, Option<PgInt>>(idx)?
                        .map_or(Value::Null, |i| Value::Int(i.0))
                } else {
                    row.try_get::<_, Option<String>>(idx)?
                        .map_or(Value::Null, Value::Text)
                })
            }
        }
    }
}

/// A value of any column type, for code that copies rows it does not interpret.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Param for Value {
    fn lite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn pg(&self) -> &(dyn PgToSql + Sync) {
        self
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

impl PgToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(postgres::types::IsNull::Yes),
            Value::Int(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Value::Int(i) if *ty == Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
            Value::Int(i) => i.to_sql(ty, out),
            Value::Real(f) => f.to_sql(ty, out),
            Value::Text(t) => t.to_sql(ty, out),
            Value::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A PostgreSQL integer of any width (a `count(*)` is `bigint`, a `length()` is
/// `integer`), or a boolean as 0/1, read as an `i64`.
struct PgInt(i64);

impl<'a> FromSql<'a> for PgInt {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> Result<PgInt, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgInt(match *ty {
            Type::INT8 => i64::from_sql(ty, raw)?,
            Type::INT4 => i32::from_sql(ty, raw)?.into(),
            Type::INT2 => i16::from_sql(ty, raw)?.into(),
            Type::BOOL => bool::from_sql(ty, raw)?.into(),
            _ => return Err(format!("a {ty} column read as an integer").into()),
        }))
    }

    fn accepts(ty: &Type) -> bool {
        matches!(*ty, Type::INT8 | Type::INT4 | Type::INT2 | Type::BOOL)
    }
}

/// A Rust type a column is read as.
pub trait FromCol: Sized {
    fn lite<I: ColIndex>(row: &rusqlite::Row<'_>, idx: I) -> DbResult<Self>;
    fn pg<I: ColIndex>(row: &postgres::Row, idx: I) -> DbResult<Self>;
}

macro_rules! read_as_is {
    ($($t:ty),* $(,)?) => {$(
        impl FromCol for $t {
            fn lite<I: ColIndex>(row: &rusqlite::Row<'_>, idx: I) -> DbResult<Self> {
                Ok(row.get(idx)?)
            }
            fn pg<I: ColIndex>(row: &postgres::Row, idx: I) -> DbResult<Self> {
                Ok(row.try_get(idx)?)
            }
        }
    )*};
}

read_as_is!(
    String,
    Option<String>,
    Vec<u8>,
    Option<Vec<u8>>,
    f64,
    Option<f64>
);

/// Integers, read from any integer column (and PostgreSQL's booleans), checked into
/// the type asked for.
macro_rules! read_int {
    ($($t:ty),* $(,)?) => {$(
        impl FromCol for $t {
            fn lite<I: ColIndex>(row: &rusqlite::Row<'_>, idx: I) -> DbResult<Self> {
                let v: i64 = row.get(idx)?;
                <$t>::try_from(v).map_err(|_| {
                    DbError::Type(format!("column {idx} holds {v}, out of range"))
                })
            }
            fn pg<I: ColIndex>(row: &postgres::Row, idx: I) -> DbResult<Self> {
                let v: PgInt = row.try_get(idx)?;
                <$t>::try_from(v.0).map_err(|_| {
                    DbError::Type(format!("column {idx} holds {}, out of range", v.0))
                })
            }
        }
        impl FromCol for Option<$t> {
            fn lite<I: ColIndex>(row: &rusqlite::Row<'_>, idx: I) -> DbResult<Self> {
                let v: Option<i64> = row.get(idx)?;
                v.map(|v| {
                    <$t>::try_from(v).map_err(|_| {
                        DbError::Type(format!("column {idx} holds {v}, out of range"))
                    })
                })
                .transpose()
            }
            fn pg<I: ColIndex>(row: &postgres::Row, idx: I) -> DbResult<Self> {
                let v: Option<PgInt> = row.try_get(idx)?;
                v.map(|v| {
                    <$t>::try_from(v.0).map_err(|_| {
                        DbError::Type(format!("column {idx} holds {}, out of range", v.0))
                    })
                })
                .transpose()
            }
        }
    )*};
}

read_int!(i64, i32, u32, u64, usize);

impl FromCol for bool {
    fn lite<I: ColIndex>(row: &rusqlite::Row<'_>, idx: I) -> DbResult<Self> {
        Ok(row.get(idx)?)
    }
    fn pg<I: ColIndex>(row: &postgres::Row, idx: I) -> DbResult<Self> {
        let v: PgInt = row.try_get(idx)?;
        Ok(v.0 != 0)
    }
}

impl FromCol for Option<bool> {
    fn lite<I: ColIndex>(row: &rusqlite::Row<'_>, idx: I) -> DbResult<Self> {
        Ok(row.get(idx)?)
    }
    fn pg<I: ColIndex>(row: &postgres::Row, idx: I) -> DbResult<Self> {
        let v: Option<PgInt> = row.try_get(idx)?;
        Ok(v.map(|v| v.0 != 0))
    }
}

impl Conn {
    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Lite(_) => Dialect::Sqlite,
            Conn::Pg(_) => Dialect::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has (its pragmas, its backup API);
    /// `None` on PostgreSQL.
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Conn::Lite(c) => Some(c),
            Conn::Pg(_) => None,
        }
    }

    /// Run statements with no parameters and no result (DDL, `BEGIN`).
    pub fn batch(&self, sql: &str) -> DbResult<()> {
        match self {
            Conn::Lite(c) => Ok(c.execute_batch(sql)?),
            Conn::Pg(pg) => Ok(pg.borrow_mut().client.batch_execute(sql)?),
        }
    }

    /// Run a statement through the statement cache; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> DbResult<usize> {
        match self {
            Conn::Lite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                Ok(stmt.execute(lite_params(params).as_slice())?)
            }
            Conn::Pg(pg) => {
                let mut pg = pg.borrow_mut();
                let stmt = pg.statement(sql)?;
                let n = pg.client.execute(&stmt, &pg_params(params))?;
                Ok(n as usize)
            }
        }
    }

    /// Run an `INSERT` of one row and answer the id it was given: SQLite's
    /// `last_insert_rowid()` (a `RETURNING` clause makes SQLite build a temporary
    /// table for every row: twice the cost of an import's insert), PostgreSQL's
    /// `RETURNING id`.
    pub fn insert_id(&self, sql: &str, params: &[&dyn Param]) -> DbResult<i64> {
        match self {
            Conn::Lite(c) => {
                c.prepare_cached(sql)?
                    .execute(lite_params(params).as_slice())?;
                Ok(c.last_insert_rowid())
            }
            Conn::Pg(_) => {
                let sql = format!("{sql} RETURNING id");
                self.query_row(&sql, params, |r| r.get(0))
            }
        }
    }

    /// The first row of a query, through `f`; [`DbError::NoRows`] when there is none.
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> DbResult<T>,
    ) -> DbResult<T> {
        let mut f = Some(f);
        let mut out = None;
        self.each_until(sql, params, &mut |row| {
            if let Some(f) = f.take() {
                out = Some(f(row)?);
            }
            Ok(false)
        })?;
        out.ok_or(DbError::NoRows)
    }

    /// Every row of a query, each through `f`.
    pub fn query_map<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> DbResult<T>,
    ) -> DbResult<Vec<T>> {
        let mut out = Vec::new();
        self.each_until(sql, params, &mut |row| {
            out.push(f(row)?);
            Ok(true)
        })?;
        Ok(out)
    }

    /// Every row of a query, through `f` (on SQLite streamed: nothing is collected).
    pub fn query_each(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> DbResult<()>,
    ) -> DbResult<()> {
        self.each_until(sql, params, &mut |row| {
            f(row)?;
            Ok(true)
        })
    }

    /// The rows of a query, through `f` for as long as it answers `true`.
    fn each_until(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: &mut dyn FnMut(&Row) -> DbResult<bool>,
    ) -> DbResult<()> {
        match self {
            Conn::Lite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(lite_params(params).as_slice())?;
                while let Some(row) = rows.next()? {
                    if !f(&Row::Lite(row))? {
                        break;
                    }
                }
                Ok(())
            }
            Conn::Pg(pg) => {
                // All rows first, then `f`: `f` may query again, and the client is
                // busy until a result has been read to its end.
                let rows = {
                    let mut pg = pg.borrow_mut();
                    let stmt = pg.statement(sql)?;
                    pg.client.query(&stmt, &pg_params(params))?
                };
                for row in &rows {
                    if !f(&Row::Pg(row))? {
                        break;
                    }
                }
                Ok(())
            }
        }
    }
}

fn lite_params<'p>(params: &'p [&'p dyn Param]) -> Vec<&'p dyn rusqlite::ToSql> {
    params.iter().map(|p| p.lite()).collect()
}

fn pg_params<'p>(params: &'p [&'p dyn Param]) -> Vec<&'p (dyn PgToSql + Sync)> {
    params.iter().map(|p| p.pg()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parameters_become_dollars_outside_quotes() {
        assert_eq!(
            numbered_as_dollars(
                "SELECT a FROM t WHERE b = ?1 AND c = +?12 AND d = '?3' AND \"?4\" = 1"
            ),
            "SELECT a FROM t WHERE b = $1 AND c = $12 AND d = '?3' AND \"?4\" = 1"
        );
    }

    #[test]
    fn sqlite_rows_read_through_the_layer() {
        let conn = Conn::Lite(rusqlite::Connection::open_in_memory().unwrap());
        conn.batch("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, flag INTEGER)")
            .unwrap();
        let name: Option<&str> = None;
        assert_eq!(
            conn.execute(
                "INSERT INTO t (name, flag) VALUES (?1, ?2), (?3, ?2)",
                params!["a", 1i64, name]
            )
            .unwrap(),
            2
        );
        let rows = conn
            .query_map("SELECT id, name, flag FROM t ORDER BY id", params![], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>("name")?,
                    r.get::<_, bool>(2)?,
                ))
            })
            .unwrap();
        assert_eq!(rows, vec![(1, Some("a".into()), true), (2, None, true)]);
        let none = conn
            .query_row("SELECT id FROM t WHERE id = ?1", params![9i64], |r| {
                r.get::<_, i64>(0)
            })
            .optional()
            .unwrap();
        assert_eq!(none, None);
    }
}
