//! The PostgreSQL pass: with CAREWARD_TEST_POSTGRES set to a maintenance database's URL
//! (`postgres://USER@127.0.0.1:PORT/postgres`, as `scripts/pg-cluster.sh start` prints
//! it), every test gets a database of its own, created empty and dropped at its end.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// The variable that selects the PostgreSQL pass.
pub const VAR: &str = "CAREWARD_TEST_POSTGRES";

/// The maintenance URL, when the suite runs against PostgreSQL.
pub fn server() -> Option<String> {
    std::env::var(VAR).ok().filter(|url| !url.is_empty())
}

/// One test's database.
pub struct Database {
    pub name: String,
    /// What careward is given: the server's URL naming this database.
    pub url: String,
    server: String,
}

impl Database {
    /// A fresh database when CAREWARD_TEST_POSTGRES is set; else none (SQLite).
    pub fn for_test() -> Option<Database> {
        server().map(|server| Database::create(&server, "template0"))
    }

    /// A copy of this database (its template): no one may be connected to it meanwhile.
    pub fn copy(&self) -> Database {
        Database::create(&self.server, &self.name)
    }

    fn create(server: &str, template: &str) -> Database {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let mut random = RandomState::new().build_hasher();
        random.write_u64(COUNTER.load(Ordering::Relaxed));
        let name = format!(
            "careward_test_{}_{}_{:08x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            random.finish() as u32
        );
        // template0: none of the objects template1 may have gained; UTF8 whatever the
        // server's default
        admin(server)
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8'"
            ))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name} on {server}: {e}"));
        Database {
            url: with_database(server, &name),
            name,
            server: server.to_string(),
        }
    }

    /// A connection to this database.
    pub fn connect(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("connecting to {}: {e}", self.url))
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // FORCE: a careward process a failed test left behind does not keep it alive
        let dropped = admin(&self.server).batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
        if let Err(e) = dropped
            && !std::thread::panicking()
        {
            panic!("DROP DATABASE {}: {e}", self.name);
        }
    }
}

fn admin(server: &str) -> postgres::Client {
    postgres::Client::connect(server, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connecting to {VAR}={server}: {e}"))
}

/// `url` naming database `name` instead of its own: `postgres://u@h:p/postgres?x=y` →
/// `postgres://u@h:p/NAME?x=y`.
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url
        .split_once("://")
        .unwrap_or_else(|| panic!("{VAR} is not a postgres:// URL: {url}"));
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let authority = before_query.split('/').next().unwrap_or_default();
    let mut out = format!("{scheme}://{authority}/{name}");
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

#[test]
fn a_database_replaces_the_urls_own() {
    assert_eq!(
        with_database("postgres://pg@127.0.0.1:5433/postgres", "t_1"),
        "postgres://pg@127.0.0.1:5433/t_1"
    );
    assert_eq!(
        with_database("postgresql://pg@h/postgres?sslmode=require", "t_1"),
        "postgresql://pg@h/t_1?sslmode=require"
    );
    assert_eq!(with_database("postgres://h:1", "t_1"), "postgres://h:1/t_1");
}
