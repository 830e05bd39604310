//! The configuration file: defaults for `--db`, `--org`, `--as` and `--format`, so that
//! whoever works in one organisation every day need not repeat them.
//!
//! It is `careward/config.toml` in the XDG config directory (`$XDG_CONFIG_HOME`, else
//! `~/.config`), or the file `CAREWARD_CONFIG` names. A setting given as a flag wins
//! over the environment (`CAREWARD_DB`, …), which wins over the file, which wins over
//! careward's own default; [`Origins`] remembers which one each setting came from, for
//! `careward config show`.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use clap::parser::ValueSource;
use etcetera::BaseStrategy;
use serde::Deserialize;

use crate::cli::GlobalArgs;
use crate::error::Error;
use crate::output::Format;

/// The variable that names another configuration file.
pub const ENV: &str = "CAREWARD_CONFIG";

/// A configuration file is a few lines; anything much larger is not one.
const MAX_BYTES: u64 = 64 * 1024;

/// What the file may say. Unknown keys are errors, as in every file careward reads.
#[derive(Deserialize, Default, Debug)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    db: Option<PathBuf>,
    org: Option<String>,
    #[serde(rename = "as")]
    actor: Option<String>,
    format: Option<String>,
}

/// Where a setting in force came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Source {
    #[default]
    Default,
    Flag,
    Env,
    File,
}

/// Where each setting came from, and which configuration file was looked at.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    /// the configuration file looked at, and whether it was there
    pub file: Option<(PathBuf, bool)>,
    pub db: Source,
    pub org: Source,
    pub actor: Source,
    pub format: Source,
}

impl Origins {
    /// What the command line and the environment gave, as clap parsed them.
    pub fn of(matches: &clap::ArgMatches) -> Origins {
        let source = |id: &str| match matches.value_source(id) {
            Some(ValueSource::CommandLine) => Source::Flag,
            Some(ValueSource::EnvVariable) => Source::Env,
            _ => Source::Default,
        };
        Origins {
            file: None,
            db: source("db"),
            org: source("org"),
            actor: source("as"),
            format: source("format"),
        }
    }
}

/// The configuration file's path: `$CAREWARD_CONFIG`, else `careward/config.toml` in
/// the XDG config directory. None when there is no home to look in.
pub fn path() -> Option<(PathBuf, bool)> {
    if let Some(p) = std::env::var_os(ENV).filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(p), true));
    }
    let dirs = etcetera::choose_base_strategy().ok()?;
    Some((
        dirs.config_dir().join("careward").join("config.toml"),
        false,
    ))
}

/// Fill the settings that neither a flag nor the environment gave from the
/// configuration file, if there is one.
pub fn apply(global: &mut GlobalArgs) -> Result<(), Error> {
    let Some((path, named)) = path() else {
        return Ok(());
    };
    let Some(file) = read(&path, named)? else {
        global.origins.file = Some((path, false));
        return Ok(());
    };
    let origins = &mut global.origins;
    origins.file = Some((path.clone(), true));
    if origins.db == Source::Default
        && let Some(db) = file.db
    {
        global.db = Some(beside(&path, db));
        origins.db = Source::File;
    }
    if origins.org == Source::Default
        && let Some(org) = file.org
    {
        global.org = Some(org);
        origins.org = Source::File;
    }
    if origins.actor == Source::Default
        && let Some(actor) = file.actor
    {
        global.actor = Some(actor);
        origins.actor = Source::File;
    }
    if origins.format == Source::Default
        && let Some(format) = file.format
    {
        global.format = Format::from_str(&format, true).map_err(|_| {
            Error::invalid(format!(
                "{}: format {} is not one of table, json, csv, yaml",
                path.display(),
                crate::limits::quote(&format)
            ))
        })?;
        origins.format = Source::File;
    }
    Ok(())
}

/// The file's settings; None when the default file is not there. A file that
/// `CAREWARD_CONFIG` names must be there.
fn read(path: &Path, named: bool) -> Result<Option<FileSettings>, Error> {
    let shown = path.display();
    let too_big = |len: u64| len > MAX_BYTES;
    let text = match std::fs::metadata(path) {
        Ok(meta) if too_big(meta.len()) => {
            return Err(Error::invalid(format!(
                "{shown} is not a configuration file: over {MAX_BYTES} bytes"
            )));
        }
        Ok(_) => std::fs::read_to_string(path)
            .map_err(|e| Error::failure(format!("cannot read {shown}: {e}")))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::not_found(format!("no configuration file {shown}"))
                .hinted(format!("{ENV} names a file that is not there")));
        }
        Err(e) => return Err(Error::failure(format!("cannot read {shown}: {e}"))),
    };
    toml::from_str(&text).map(Some).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
            .unwrap_or(1);
        Error::invalid(format!("{shown}:{line}: {}", e.message().trim()))
            .hinted("the keys are db, org, as and format, such as: org = \"north\"")
    })
}

/// A path in the file: `~/` is the home folder, and a relative path is the file's
/// folder's, so that the file means the same from wherever careward runs.
fn beside(file: &Path, db: PathBuf) -> PathBuf {
    if let Ok(rest) = db.strip_prefix("~")
        && let Ok(home) = etcetera::home_dir()
    {
        return home.join(rest);
    }
    match file.parent() {
        Some(dir) if db.is_relative() => dir.join(db),
        _ => db,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_the_files_folders() {
        let file = Path::new("/etc/cw/config.toml");
        assert_eq!(
            beside(file, "stores/a.db".into()),
            Path::new("/etc/cw/stores/a.db")
        );
        assert_eq!(beside(file, "/srv/a.db".into()), Path::new("/srv/a.db"));
    }

    #[test]
    fn unknown_keys_and_bad_values_are_refused_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "org = \"north\"\nformta = \"json\"\n").unwrap();
        let err = read(&path, true).unwrap_err();
        assert!(err.message.contains("config.toml:2:"), "{}", err.message);
        assert!(err.message.contains("formta"), "{}", err.message);
        std::fs::write(&path, "org = 3\n").unwrap();
        assert!(read(&path, true).is_err());
        std::fs::remove_file(&path).unwrap();
        assert!(read(&path, false).unwrap().is_none());
        assert_eq!(
            read(&path, true).unwrap_err().kind,
            crate::error::ErrorKind::NotFound
        );
    }
}
