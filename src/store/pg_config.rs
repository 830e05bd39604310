//! Where and how to reach a PostgreSQL store: a `postgres://` or `postgresql://` URL,
//! completed as libpq completes one, so that careward finds a database the way `psql`
//! does. What the URL leaves out comes from libpq's variables — PGHOST, PGPORT, PGUSER
//! (else the operating-system user), PGPASSWORD, PGDATABASE, PGSSLMODE, PGSSLROOTCERT,
//! PGCONNECT_TIMEOUT, PGAPPNAME — and the password, last, from the password file
//! (PGPASSFILE, else ~/.pgpass). The URL's query takes libpq's keywords that the
//! `postgres` crate knows (connect_timeout, application_name, options, …) and `sslmode`,
//! `sslrootcert`.
//!
//! TLS (sslmode): `disable`; `allow` and `prefer` (TLS when the server offers it);
//! `require` (TLS or nothing); `verify-ca` (the server's certificate signed by the root
//! certificate: sslrootcert, PGSSLROOTCERT, ~/.postgresql/root.crt, or `system` for the
//! system's trusted roots); `verify-full` (and naming the host). As in libpq, `require`
//! with a root certificate file is `verify-ca`. Client certificates are not supported.
//!
//! A URL shown in an error has its password replaced by `***`.

// until the store's PostgreSQL layer connects through it

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use percent_encoding::percent_decode_str;
use postgres::Config;
use postgres::Socket;
use postgres::config::{Host, SslMode};
use postgres::tls::{MakeTlsConnect, TlsConnect};

use crate::error::Error;

/// How a connection uses TLS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum TlsMode {
    /// sslmode=disable
    Disable,
    /// prefer (TLS if the server offers it) or require (TLS only): the server's
    /// certificate is not checked
    Unverified { required: bool },
    /// verify-ca: TLS, the server's certificate signed by `roots`; verify-full
    /// (`hostname`): and naming the host connected to
    Verified { roots: Roots, hostname: bool },
}

/// The certificates a server's must chain to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Roots {
    /// the system's trusted roots (sslrootcert=system)
    System,
    /// a PEM file of root certificates, alone trusted
    File(PathBuf),
}

/// libpq's socket directories, the first that has the server's socket being the default
/// host when none is named (Debian's, then PostgreSQL's own).
const SOCKET_DIRS: &[&str] = &["/var/run/postgresql", "/tmp"];
const DEFAULT_PORT: u16 = 5432;

/// The query keywords careward reads itself, not passed to the `postgres` crate.
const OWN_KEYWORDS: &[&str] = &["sslmode", "sslrootcert"];

/// A URL's parts as written, enough to tell what it leaves to the environment.
struct Url<'a> {
    scheme: &'a str,
    userinfo: Option<&'a str>,
    /// host[:port] chunks, comma-separated in the URL
    hosts: Vec<&'a str>,
    path: &'a str,
    /// (key, value) as written (percent-encoded)
    query: Vec<(&'a str, &'a str)>,
}

impl<'a> Url<'a> {
    fn parse(url: &'a str) -> Option<Url<'a>> {
        let scheme = ["postgresql://", "postgres://"]
            .into_iter()
            .find(|s| url.starts_with(s))?;
        let rest = &url[scheme.len()..];
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        // as the `postgres` crate reads it: credentials end at the first '@'
        let (userinfo, hosts) = match authority.split_once('@') {
            Some((userinfo, hosts)) => (Some(userinfo), hosts),
            None => (None, authority),
        };
        let query = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect();
        Some(Url {
            scheme,
            userinfo,
            hosts: hosts.split(',').filter(|h| !h.is_empty()).collect(),
            path,
            query,
        })
    }

    fn param(&self, key: &str) -> Option<String> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| percent_decode_str(v).decode_utf8_lossy().into_owned())
    }

    /// Whether a chunk of the host list names its port.
    fn has_port(chunk: &str) -> bool {
        match chunk.strip_prefix('[') {
            Some(v6) => v6.split_once(']').is_some_and(|(_, p)| p.starts_with(':')),
            None => chunk.contains(':'),
        }
    }

    fn names_port(&self) -> bool {
        self.hosts.iter().any(|h| Url::has_port(h)) || self.param("port").is_some()
    }

    /// The URL for the `postgres` crate: without careward's own keywords, and with
    /// `ports` (one for all hosts, or one each) after hosts that name none — where a
    /// `port` keyword goes too, which the crate would add to its default port for them.
    fn for_driver(&self, ports: Option<&[String]>) -> String {
        let mut out = self.scheme.to_string();
        if let Some(userinfo) = self.userinfo {
            out.push_str(userinfo);
            out.push('@');
        }
        let hosts: Vec<String> = self
            .hosts
            .iter()
            .enumerate()
            .map(|(i, h)| match ports {
                Some(ports) if !Url::has_port(h) => {
                    format!("{h}:{}", ports.get(i).unwrap_or(&ports[0]))
                }
                _ => h.to_string(),
            })
            .collect();
        out.push_str(&hosts.join(","));
        out.push('/');
        out.push_str(self.path);
        let query: Vec<String> = self
            .query
            .iter()
            .filter(|(k, _)| !OWN_KEYWORDS.contains(k) && (*k != "port" || self.hosts.is_empty()))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query.join("&"));
        }
        out
    }
}

/// `url` with its password (in the credentials or the query) replaced by `***`, to
/// show in a message.
pub(super) fn masked(url: &str) -> String {
    // any scheme: a URL refused for its scheme is shown too
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let mut out = format!("{scheme}://");
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let (authority, path) = match before_query.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (before_query, None),
    };
    match authority.split_once('@') {
        Some((userinfo, hosts)) => {
            match userinfo.split_once(':') {
                Some((user, _)) => out.push_str(&format!("{user}:***")),
                None => out.push_str(userinfo),
            }
            out.push('@');
            out.push_str(hosts);
        }
        None => out.push_str(authority),
    }
    if let Some(path) = path {
        out.push('/');
        out.push_str(path);
    }
    if let Some(query) = query {
        let params: Vec<String> = query
            .split('&')
            .map(|p| match p.split_once('=') {
                Some(("password", _)) => "password=***".to_string(),
                _ => p.to_string(),
            })
            .collect();
        out.push('?');
        out.push_str(&params.join("&"));
    }
    out
}

fn bad_url(url: &str, why: impl std::fmt::Display) -> anyhow::Error {
    Error::usage(format!(
        "{} is not a PostgreSQL URL careward can use: {why}",
        masked(url)
    ))
    .hinted("write it as postgres://USER@HOST:PORT/DATABASE (libpq's URL; a password is better kept in PGPASSWORD or ~/.pgpass)")
    .into()
}

/// The connection settings for `url`, completed from libpq's variables (`env`) and the
/// password file (PGPASSFILE, else `home`/.pgpass), and how it uses TLS.
pub(super) fn connect_config(
    url: &str,
    env: impl Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Result<(Config, TlsMode)> {
    // an empty variable is an unset one
    let env = |key: &str| env(key).filter(|v| !v.is_empty());
    let parsed = Url::parse(url)
        .ok_or_else(|| bad_url(url, "it does not start with postgres:// or postgresql://"))?;

    // the port keyword, else PGPORT, for the hosts that name no port
    let split = |p: String| p.split(',').map(str::to_string).collect::<Vec<_>>();
    let env_ports: Option<Vec<String>> = match parsed.param("port") {
        Some(port) if !parsed.hosts.is_empty() => Some(split(port)),
        _ if parsed.names_port() => None,
        _ => env("PGPORT").map(split),
    };
    let url_hosts = parsed.hosts.len();
    if let Some(ports) = &env_ports
        && url_hosts > 0
        && ports.len() != 1
        && ports.len() != url_hosts
    {
        return Err(bad_url(
            url,
            format!("{} ports for {url_hosts} hosts", ports.len()),
        ));
    }
    let mut config: Config = parsed
        .for_driver(env_ports.as_deref())
        .parse()
        .map_err(|e| bad_url(url, e))?;

    if config.get_user().is_none_or(str::is_empty) {
        let user = env("PGUSER").unwrap_or_else(os_user);
        config.user(&user);
    }
    if config.get_hosts().is_empty() {
        let ports: Vec<u16> = match &env_ports {
            Some(ports) => ports
                .iter()
                .map(|p| p.parse())
                .collect::<Result<_, _>>()
                .map_err(|_| bad_url(url, "PGPORT is not a port number"))?,
            None => config.get_ports().to_vec(),
        };
        let first_port = ports.first().copied().unwrap_or(DEFAULT_PORT);
        let hosts: Vec<String> = match env("PGHOST") {
            Some(hosts) => hosts.split(',').map(str::to_string).collect(),
            None => vec![default_host(first_port)],
        };
        if ports.len() > 1 && ports.len() != hosts.len() {
            return Err(bad_url(
                url,
                format!("{} ports for {} hosts", ports.len(), hosts.len()),
            ));
        }
        for host in &hosts {
            if host.starts_with('/') {
                config.host_path(host);
            } else {
                config.host(host);
            }
        }
        if config.get_ports().is_empty() {
            for port in ports {
                config.port(port);
            }
        }
    }
    if config.get_dbname().is_none()
        && let Some(db) = env("PGDATABASE")
    {
        config.dbname(&db);
    }
    if config.get_password().is_none() {
        let password = match env("PGPASSWORD") {
            Some(password) => Some(password),
            None => password_file(&env, home).and_then(|file| {
                let (host, port, db, user) = pgpass_identity(&config);
                lookup_password(&file, &host, &port, &db, &user)
            }),
        };
        if let Some(password) = password {
            config.password(password);
        }
    }
    if config.get_connect_timeout().is_none()
        && let Some(text) = env("PGCONNECT_TIMEOUT")
    {
        let seconds: i64 = text.trim().parse().map_err(|_| {
            bad_url(
                url,
                format!("PGCONNECT_TIMEOUT={text} is not a number of seconds"),
            )
        })?;
        // libpq: zero or less waits for ever, and it waits 2 seconds at least
        if seconds > 0 {
            config.connect_timeout(Duration::from_secs(seconds.max(2) as u64));
        }
    }
    if config.get_application_name().is_none() {
        config.application_name(&env("PGAPPNAME").unwrap_or_else(|| "careward".into()));
    }

    let sslmode = parsed
        .param("sslmode")
        .or_else(|| env("PGSSLMODE"))
        .unwrap_or_else(|| "prefer".into());
    let root_cert = parsed.param("sslrootcert").or_else(|| env("PGSSLROOTCERT"));
    let roots = match root_cert.as_deref() {
        Some("system") => Some(Roots::System),
        Some(file) => Some(Roots::File(PathBuf::from(file))),
        None => home
            .map(|h| h.join(".postgresql").join("root.crt"))
            .filter(|f| f.is_file())
            .map(Roots::File),
    };
    let tls = match sslmode.as_str() {
        "disable" => TlsMode::Disable,
        "allow" | "prefer" => TlsMode::Unverified { required: false },
        "require" => match roots {
            // libpq: a root certificate file makes require check the server's certificate
            Some(roots @ Roots::File(_)) => TlsMode::Verified {
                roots,
                hostname: false,
            },
            _ => TlsMode::Unverified { required: true },
        },
        "verify-ca" | "verify-full" => {
            let roots = roots.ok_or_else(|| -> anyhow::Error {
                Error::usage(format!(
                    "sslmode={sslmode} needs the root certificate to check the server's against, and {} has none",
                    masked(url)
                ))
                .hinted("name it with sslrootcert=FILE in the URL or PGSSLROOTCERT, put it in ~/.postgresql/root.crt, or trust the system's roots with sslrootcert=system")
                .into()
            })?;
            TlsMode::Verified {
                roots,
                hostname: sslmode == "verify-full",
            }
        }
        other => {
            return Err(bad_url(
                url,
                format!(
                    "sslmode {other} is not one of disable, allow, prefer, require, verify-ca, verify-full"
                ),
            ));
        }
    };
    config.ssl_mode(match &tls {
        TlsMode::Disable => SslMode::Disable,
        TlsMode::Unverified { required: false } => SslMode::Prefer,
        _ => SslMode::Require,
    });
    Ok((config, tls))
}

/// Connect to the PostgreSQL store at `url` (see [`connect_config`]). A connection that
/// fails is an [`Error::failure`] (exit 1) whose hint names where careward went.
pub(super) fn connect(
    url: &str,
    env: impl Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Result<postgres::Client> {
    let (config, tls) = connect_config(url, env, home)?;
    let connected = match &tls {
        TlsMode::Disable => config.connect(postgres::NoTls),
        _ => config.connect(LazyTls::new(url, &tls)?),
    };
    connected.map_err(|e| {
        Error::failure(format!(
            "cannot connect to the PostgreSQL store {}: {}",
            masked(url),
            super::db::DbError::Pg(e)
        ))
        .hinted(format!(
            "careward went to {} as user {}, database {}; check that the server is running there and lets that user in (the password comes from the URL, PGPASSWORD or ~/.pgpass; TLS from sslmode)",
            describe_hosts(&config),
            config.get_user().unwrap_or(""),
            config
                .get_dbname()
                .or(config.get_user())
                .unwrap_or(""),
        ))
        .into()
    })
}

/// Connect with this process's environment and home directory.
pub(super) fn connect_from_env(url: &str) -> Result<postgres::Client> {
    let home = etcetera::home_dir().ok();
    connect(url, |key| std::env::var(key).ok(), home.as_deref())
}

/// The TLS a connection asks for. The connector itself is built only when the server
/// agrees to TLS, as libpq does: building one loads the system's root certificates
/// (about 100 ms of CPU with OpenSSL 3), which a connection that ends up without TLS —
/// `sslmode=prefer`, the default, to a server without it — should not pay.
#[derive(Clone)]
struct LazyTls {
    verify_certs: bool,
    verify_hostname: bool,
    /// the only trusted roots (a root certificate file); `None`: the system's
    roots: Option<Vec<native_tls::Certificate>>,
}

impl LazyTls {
    /// Read what `tls` needs before connecting, so that an unreadable root certificate
    /// file is an error of its own rather than a failed handshake.
    fn new(url: &str, tls: &TlsMode) -> Result<LazyTls> {
        Ok(match tls {
            TlsMode::Disable | TlsMode::Unverified { .. } => LazyTls {
                verify_certs: false,
                verify_hostname: false,
                roots: None,
            },
            TlsMode::Verified { roots, hostname } => LazyTls {
                verify_certs: true,
                verify_hostname: *hostname,
                roots: match roots {
                    Roots::System => None,
                    Roots::File(file) => Some(read_roots(url, file)?),
                },
            },
        })
    }

    fn connector(&self) -> std::result::Result<native_tls::TlsConnector, native_tls::Error> {
        let mut builder = native_tls::TlsConnector::builder();
        builder
            .danger_accept_invalid_certs(!self.verify_certs)
            .danger_accept_invalid_hostnames(!self.verify_hostname);
        if let Some(roots) = &self.roots {
            builder.disable_built_in_roots(true);
            for cert in roots {
                builder.add_root_certificate(cert.clone());
            }
        }
        builder.build()
    }
}

impl MakeTlsConnect<Socket> for LazyTls {
    type Stream = postgres_native_tls::TlsStream<Socket>;
    type TlsConnect = LazyConnect;
    type Error = std::convert::Infallible;

    fn make_tls_connect(&mut self, domain: &str) -> std::result::Result<LazyConnect, Self::Error> {
        Ok(LazyConnect {
            tls: self.clone(),
            domain: domain.to_string(),
        })
    }
}

/// One connection's TLS, built when the server has agreed to it.
struct LazyConnect {
    tls: LazyTls,
    domain: String,
}

impl TlsConnect<Socket> for LazyConnect {
    type Stream = postgres_native_tls::TlsStream<Socket>;
    type Error = native_tls::Error;
    type Future = <postgres_native_tls::TlsConnector as TlsConnect<Socket>>::Future;

    fn connect(self, stream: Socket) -> Self::Future {
        match self.tls.connector() {
            Ok(connector) => {
                postgres_native_tls::TlsConnector::new(connector, &self.domain).connect(stream)
            }
            Err(e) => Box::pin(std::future::ready(Err(e))),
        }
    }
}

/// The certificates of a root certificate file (sslrootcert=FILE).
fn read_roots(url: &str, file: &Path) -> Result<Vec<native_tls::Certificate>> {
    let unreadable = |why: String| -> anyhow::Error {
        Error::failure(format!(
            "cannot read the root certificate {} for {}: {why}",
            file.display(),
            masked(url)
        ))
        .hinted("give a PEM file of the certificates that sign the server's (sslrootcert=FILE or PGSSLROOTCERT)")
        .into()
    };
    let pem = std::fs::read(file).map_err(|e| unreadable(e.to_string()))?;
    native_tls::Certificate::stack_from_pem(&pem).map_err(|e| unreadable(e.to_string()))
}

fn describe_hosts(config: &Config) -> String {
    let ports = config.get_ports();
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .enumerate()
        .map(|(i, host)| {
            let port = ports.get(i).or(ports.first()).unwrap_or(&DEFAULT_PORT);
            match host {
                Host::Tcp(name) => format!("{name}:{port}"),
                #[cfg(unix)]
                Host::Unix(dir) => format!("the socket in {} (port {port})", dir.display()),
            }
        })
        .collect();
    hosts.join(", ")
}

/// The host when neither the URL nor PGHOST names one: the first socket directory that
/// has the server's socket, else localhost.
fn default_host(port: u16) -> String {
    #[cfg(unix)]
    for dir in SOCKET_DIRS {
        if Path::new(dir).join(format!(".s.PGSQL.{port}")).exists() {
            return dir.to_string();
        }
    }
    let _ = port;
    "localhost".into()
}

/// The operating-system user, PGUSER's default: the effective user's name.
fn os_user() -> String {
    #[cfg(unix)]
    {
        let uid = nix::unistd::geteuid();
        if let Ok(Some(user)) = nix::unistd::User::from_uid(uid) {
            return user.name;
        }
    }
    std::env::var("USERNAME").unwrap_or_default()
}

/// The password file's text: PGPASSFILE, else ~/.pgpass — unless others may read it,
/// which makes libpq (and careward) ignore it, with a warning.
fn password_file(env: &impl Fn(&str) -> Option<String>, home: Option<&Path>) -> Option<String> {
    let path = match env("PGPASSFILE") {
        Some(file) => PathBuf::from(file),
        None => home?.join(".pgpass"),
    };
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!(
                "warning: password file \"{}\" has group or world access; permissions should be u=rw (0600) or less",
                path.display()
            );
            return None;
        }
    }
    std::fs::read_to_string(&path).ok()
}

/// What a password file's line is matched against: the first host (localhost for a
/// default socket directory), its port, the database (default: the user) and the user.
fn pgpass_identity(config: &Config) -> (String, String, String, String) {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(name)) => name.clone(),
        #[cfg(unix)]
        Some(Host::Unix(dir)) if SOCKET_DIRS.iter().any(|d| Path::new(d) == dir) => {
            "localhost".into()
        }
        #[cfg(unix)]
        Some(Host::Unix(dir)) => dir.display().to_string(),
        None => "localhost".into(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(DEFAULT_PORT)
        .to_string();
    let user = config.get_user().unwrap_or("").to_string();
    let db = config.get_dbname().unwrap_or(&user).to_string();
    (host, port, db, user)
}

/// The password of the first line of a password file (libpq's format:
/// `host:port:database:user:password`, `*` matching anything in the first four, `\:` and
/// `\\` standing for `:` and `\`, `#` starting a comment line) that matches.
fn lookup_password(file: &str, host: &str, port: &str, db: &str, user: &str) -> Option<String> {
    file.lines().find_map(|line| {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') {
            return None;
        }
        let fields = pgpass_fields(line);
        if fields.len() < 5 {
            return None;
        }
        let matches = |(raw, value): &(String, String), want: &str| raw == "*" || value == want;
        (matches(&fields[0], host)
            && matches(&fields[1], port)
            && matches(&fields[2], db)
            && matches(&fields[3], user))
        .then(|| fields[4].1.clone())
    })
}

/// A password file line's fields, each as written and unescaped.
fn pgpass_fields(line: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let (mut raw, mut value) = (String::new(), String::new());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                raw.push(c);
                if let Some(next) = chars.next() {
                    raw.push(next);
                    value.push(next);
                }
            }
            ':' => fields.push((std::mem::take(&mut raw), std::mem::take(&mut value))),
            c => {
                raw.push(c);
                value.push(c);
            }
        }
    }
    fields.push((raw, value));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |key| map.get(key).cloned()
    }

    fn config(url: &str, env: &[(&str, &str)], home: Option<&Path>) -> (Config, TlsMode) {
        connect_config(url, env_of(env), home).unwrap()
    }

    fn password(c: &Config) -> Option<&str> {
        c.get_password().map(|p| std::str::from_utf8(p).unwrap())
    }

    fn tcp(c: &Config) -> Vec<String> {
        let ports = c.get_ports();
        c.get_hosts()
            .iter()
            .enumerate()
            .map(|(i, h)| match h {
                Host::Tcp(n) => format!("{n}:{}", ports.get(i).or(ports.first()).unwrap()),
                #[cfg(unix)]
                Host::Unix(p) => format!(
                    "{}:{}",
                    p.display(),
                    ports.get(i).or(ports.first()).unwrap()
                ),
            })
            .collect()
    }

    /// A password file with the given mode in a fresh home directory.
    fn home_with_pgpass(text: &str, mode: u32) -> tempfile::TempDir {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join(".pgpass");
        std::fs::write(&file, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        let _ = mode;
        home
    }

    #[test]
    fn what_the_url_says_wins_over_the_environment() {
        let (c, tls) = config(
            "postgresql://ada:s3cret@db.example:6543/care?sslmode=require&connect_timeout=9",
            &[
                ("PGHOST", "other"),
                ("PGPORT", "1111"),
                ("PGUSER", "bob"),
                ("PGPASSWORD", "nope"),
                ("PGDATABASE", "other"),
                ("PGSSLMODE", "disable"),
                ("PGCONNECT_TIMEOUT", "30"),
            ],
            None,
        );
        assert_eq!(tcp(&c), ["db.example:6543"]);
        assert_eq!(c.get_user(), Some("ada"));
        assert_eq!(password(&c), Some("s3cret"));
        assert_eq!(c.get_dbname(), Some("care"));
        assert_eq!(c.get_connect_timeout(), Some(&Duration::from_secs(9)));
        assert_eq!(c.get_ssl_mode(), SslMode::Require);
        assert_eq!(tls, TlsMode::Unverified { required: true });
    }

    #[test]
    fn what_the_url_leaves_out_comes_from_libpqs_variables() {
        let (c, tls) = config(
            "postgres://",
            &[
                ("PGHOST", "db1,/run/pg"),
                ("PGPORT", "6000,6001"),
                ("PGUSER", "bob"),
                ("PGPASSWORD", "pw"),
                ("PGDATABASE", "care"),
                ("PGSSLMODE", "disable"),
                ("PGCONNECT_TIMEOUT", "1"),
                ("PGAPPNAME", "nightly-sync"),
            ],
            None,
        );
        assert_eq!(tcp(&c), ["db1:6000", "/run/pg:6001"]);
        assert_eq!(c.get_user(), Some("bob"));
        assert_eq!(password(&c), Some("pw"));
        assert_eq!(c.get_dbname(), Some("care"));
        // libpq waits 2 seconds at least
        assert_eq!(c.get_connect_timeout(), Some(&Duration::from_secs(2)));
        assert_eq!(c.get_application_name(), Some("nightly-sync"));
        assert_eq!(tls, TlsMode::Disable);
        assert_eq!(c.get_ssl_mode(), SslMode::Disable);
    }

    #[test]
    fn pgport_fills_the_hosts_the_url_names_without_a_port() {
        let (c, _) = config("postgres://u@a,b/db", &[("PGPORT", "7000")], None);
        assert_eq!(tcp(&c), ["a:7000", "b:7000"]);
        let (c, _) = config("postgres://u@a:1,b/db", &[("PGPORT", "7000")], None);
        assert_eq!(
            tcp(&c),
            ["a:1", "b:5432"],
            "a port in the URL: PGPORT is not used"
        );
        let (c, _) = config("postgres://u@[::1]/db?port=7", &[("PGPORT", "7000")], None);
        assert_eq!(tcp(&c), ["::1:7"]);
        let (c, _) = config("postgres://u@h/db", &[], None);
        assert_eq!(tcp(&c), ["h:5432"]);
        let err = connect_config("postgres://u@a,b,c/db", env_of(&[("PGPORT", "1,2")]), None)
            .unwrap_err();
        assert!(err.to_string().contains("2 ports for 3 hosts"), "{err}");
    }

    #[test]
    fn the_user_defaults_to_the_operating_systems_and_the_name_to_careward() {
        let (c, tls) = config("postgres://db/care", &[], None);
        assert_eq!(c.get_user(), Some(os_user().as_str()));
        assert!(!os_user().is_empty());
        assert_eq!(c.get_application_name(), Some("careward"));
        assert_eq!(password(&c), None);
        assert_eq!(tls, TlsMode::Unverified { required: false });
        assert_eq!(c.get_ssl_mode(), SslMode::Prefer);
    }

    #[test]
    fn the_password_file_is_read_last_matching_host_port_database_and_user() {
        let home = home_with_pgpass(
            "# comment\n\
             other:5432:*:ada:wrong-host\n\
             db:5432:care:ada:pa\\:ss\\\\word\n\
             *:*:*:*:fallback\n",
            0o600,
        );
        let h = Some(home.path());
        let (c, _) = config("postgres://ada@db/care", &[], h);
        assert_eq!(password(&c), Some("pa:ss\\word"));
        let (c, _) = config("postgres://ada@db:5433/care", &[], h);
        assert_eq!(password(&c), Some("fallback"), "another port");
        // the URL's password, then PGPASSWORD, come first
        let (c, _) = config("postgres://ada:url@db/care", &[("PGPASSWORD", "env")], h);
        assert_eq!(password(&c), Some("url"));
        let (c, _) = config("postgres://ada@db/care", &[("PGPASSWORD", "env")], h);
        assert_eq!(password(&c), Some("env"));
        // the host and database from the environment are the ones matched
        let (c, _) = config(
            "postgres://",
            &[("PGHOST", "db"), ("PGUSER", "ada"), ("PGDATABASE", "care")],
            h,
        );
        assert_eq!(password(&c), Some("pa:ss\\word"));
        // PGPASSFILE instead of ~/.pgpass
        let other = home_with_pgpass("db:*:*:ada:from-pgpassfile\n", 0o600);
        let file = other.path().join(".pgpass");
        let (c, _) = config(
            "postgres://ada@db/care",
            &[("PGPASSFILE", file.to_str().unwrap())],
            h,
        );
        assert_eq!(password(&c), Some("from-pgpassfile"));
    }

    #[test]
    fn a_database_named_nowhere_is_the_users_for_the_password_file() {
        let home = home_with_pgpass("db:5432:ada:ada:same-as-user\n", 0o600);
        let (c, _) = config("postgres://ada@db", &[], Some(home.path()));
        assert_eq!(password(&c), Some("same-as-user"));
    }

    #[cfg(unix)]
    #[test]
    fn a_password_file_others_may_read_is_ignored() {
        let home = home_with_pgpass("*:*:*:*:secret\n", 0o640);
        let (c, _) = config("postgres://ada@db/care", &[], Some(home.path()));
        assert_eq!(password(&c), None);
    }

    #[test]
    fn a_wildcard_is_a_whole_unescaped_star() {
        assert_eq!(
            lookup_password("\\*:*:*:*:literal\n*:*:*:*:any\n", "h", "1", "d", "u"),
            Some("any".into())
        );
        assert_eq!(
            lookup_password("\\*:*:*:*:literal\n", "*", "1", "d", "u"),
            Some("literal".into())
        );
        assert_eq!(lookup_password("h:1:d:u\n", "h", "1", "d", "u"), None);
    }

    #[test]
    fn sslmodes_and_root_certificates() {
        let home = tempfile::tempdir().unwrap();
        let h = Some(home.path());
        let mode = |url: &str, env: &[(&str, &str)]| config(url, env, h).1;
        assert_eq!(
            mode("postgres://u@h/d", &[("PGSSLMODE", "allow")]),
            TlsMode::Unverified { required: false }
        );
        assert_eq!(
            mode(
                "postgres://u@h/d?sslmode=verify-full&sslrootcert=system",
                &[]
            ),
            TlsMode::Verified {
                roots: Roots::System,
                hostname: true
            }
        );
        assert_eq!(
            mode(
                "postgres://u@h/d?sslmode=verify-ca",
                &[("PGSSLROOTCERT", "/etc/ca.pem")]
            ),
            TlsMode::Verified {
                roots: Roots::File("/etc/ca.pem".into()),
                hostname: false
            }
        );
        let err = connect_config("postgres://u@h/d?sslmode=verify-ca", env_of(&[]), h).unwrap_err();
        assert!(
            err.to_string().contains("needs the root certificate"),
            "{err}"
        );
        // ~/.postgresql/root.crt: verify-* use it, and require checks against it (libpq)
        let dir = home.path().join(".postgresql");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("root.crt"), "").unwrap();
        assert_eq!(
            mode("postgres://u@h/d?sslmode=require", &[]),
            TlsMode::Verified {
                roots: Roots::File(dir.join("root.crt")),
                hostname: false
            }
        );
        let err = connect_config("postgres://u@h/d?sslmode=on", env_of(&[]), h).unwrap_err();
        assert!(
            err.to_string().contains("sslmode on is not one of"),
            "{err}"
        );
    }

    #[test]
    fn a_password_never_shows_in_a_url_or_an_error() {
        assert_eq!(
            masked("postgres://ada:s3cret@db:5432/care?password=other&sslmode=require"),
            "postgres://ada:***@db:5432/care?password=***&sslmode=require"
        );
        assert_eq!(
            masked("postgresql://ada@db/care"),
            "postgresql://ada@db/care"
        );
        assert_eq!(masked("postgres://:s3cret@db"), "postgres://:***@db");
        for url in [
            "postgres://ada:s3cret@db/care?sslmode=bogus",
            "postgres://ada:s3cret@db/care?nonsense=1",
            "postgres://ada:s3cret@db:notaport/care",
        ] {
            let err = connect_config(url, env_of(&[]), None).unwrap_err();
            let shown = format!("{err:#} {:?}", crate::error::find(&err).unwrap().hint);
            assert!(!shown.contains("s3cret"), "{shown}");
            assert!(shown.contains("ada:***@db"), "{shown}");
            assert_eq!(crate::error::find(&err).unwrap().kind.exit_code(), 2);
        }
        let err = connect_config("mysql://ada:s3cret@db", env_of(&[]), None).unwrap_err();
        assert!(!err.to_string().contains("s3cret"), "{err}");
    }

    /// Against the test server (CAREWARD_TEST_POSTGRES), with TLS if it offers it: the
    /// database and user from libpq's variables, the password (which a server trusting
    /// local connections ignores) from the password file.
    #[test]
    fn connects_to_the_test_server() {
        let Ok(url) = std::env::var("CAREWARD_TEST_POSTGRES") else {
            eprintln!("CAREWARD_TEST_POSTGRES is not set: not run against PostgreSQL");
            return;
        };
        let given: Config = url.parse().unwrap();
        let host = match &given.get_hosts()[0] {
            Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            Host::Unix(dir) => dir.display().to_string(),
        };
        let port = given.get_ports().first().copied().unwrap_or(DEFAULT_PORT);
        let user = given.get_user().map(str::to_string).unwrap_or_else(os_user);
        let home = home_with_pgpass(&format!("{host}:{port}:*:{user}:unused\n"), 0o600);
        let port = port.to_string();
        let env = env_of(&[
            ("PGHOST", host.as_str()),
            ("PGPORT", port.as_str()),
            ("PGUSER", user.as_str()),
            ("PGDATABASE", given.get_dbname().unwrap_or("postgres")),
        ]);
        let (config, _) = connect_config("postgres://", &env, Some(home.path())).unwrap();
        assert_eq!(password(&config), Some("unused"));
        let mut client = connect("postgres://", env, Some(home.path())).unwrap();
        let row = client
            .query_one(
                "SELECT current_user::text, current_setting('application_name')",
                &[],
            )
            .unwrap();
        assert_eq!(row.get::<_, String>(0), user);
        assert_eq!(row.get::<_, String>(1), "careward");
    }

    /// Each sslmode against a test server that has TLS on, its certificate signed by the
    /// file CAREWARD_TEST_POSTGRES_ROOT_CERT names (and made for the URL's host).
    #[test]
    fn tls_modes_against_a_server_with_tls() {
        let (Ok(url), Ok(root)) = (
            std::env::var("CAREWARD_TEST_POSTGRES"),
            std::env::var("CAREWARD_TEST_POSTGRES_ROOT_CERT"),
        ) else {
            eprintln!("CAREWARD_TEST_POSTGRES(_ROOT_CERT) not set: TLS not tried");
            return;
        };
        let home = tempfile::tempdir().unwrap();
        let encrypted = |mode: &str, env: &[(&str, &str)]| -> Result<bool> {
            let url = format!("{url}?sslmode={mode}");
            let mut client = connect(&url, env_of(env), Some(home.path()))?;
            let row = client.query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )?;
            Ok(row.get(0))
        };
        let root = [("PGSSLROOTCERT", root.as_str())];
        assert!(!encrypted("disable", &[]).unwrap());
        assert!(encrypted("prefer", &[]).unwrap());
        assert!(encrypted("require", &[]).unwrap());
        assert!(encrypted("verify-ca", &root).unwrap());
        assert!(encrypted("verify-full", &root).unwrap());
        // a certificate the system's roots do not sign
        let err = encrypted("verify-ca", &[("PGSSLROOTCERT", "system")]).unwrap_err();
        assert_eq!(
            crate::error::find(&err).unwrap().kind.exit_code(),
            1,
            "{err:#}"
        );
    }

    #[test]
    fn a_connection_that_fails_is_a_failure_naming_the_masked_url() {
        // a port nothing listens on
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let url = format!("postgres://ada:s3cret@127.0.0.1:{port}/care?sslmode=disable");
        let err = connect(&url, env_of(&[]), None).err().unwrap();
        let error = crate::error::find(&err).unwrap();
        assert_eq!(error.kind.exit_code(), 1);
        assert!(
            error.message.starts_with(&format!(
                "cannot connect to the PostgreSQL store postgres://ada:***@127.0.0.1:{port}/care?sslmode=disable: "
            )),
            "{}",
            error.message
        );
        let hint = error.hint.as_deref().unwrap();
        assert!(
            hint.contains(&format!("127.0.0.1:{port} as user ada, database care")),
            "{hint}"
        );
        assert!(!format!("{} {hint}", error.message).contains("s3cret"));
    }
}
