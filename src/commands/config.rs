//! `careward config show`: the settings in force — the store, the organisation, the
//! acting member and the output format — and where each came from (a flag, the
//! environment, the configuration file, or careward's default). It reads no
//! organisation data: it does not open the store.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Value, json};

use super::Reply;
use crate::config::{ENV, Source};
use crate::output::Output;
use crate::session::Ctx;

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    #[command(after_long_help = "Examples:\n  \
        careward config show\n  \
        careward config show --format json")]
    Show(ShowArgs),
}

/// Print each setting in force (db, org, as, format) and where it came from
//
// The configuration file is careward/config.toml in the XDG config directory, or the
// file CAREWARD_CONFIG names (src/config.rs).
#[derive(Args, Debug)]
pub struct ShowArgs {}

pub fn run(ctx: &Ctx, command: &ConfigCommand) -> Result<Reply> {
    match command {
        ConfigCommand::Show(_) => show(ctx),
    }
}

fn show(ctx: &Ctx) -> Result<Reply> {
    let g = &ctx.global;
    let o = &g.origins;
    let file = match &o.file {
        Some((path, there)) => {
            let from = if std::env::var_os(ENV).is_some_and(|p| !p.is_empty()) {
                format!("env {ENV}")
            } else {
                "default".into()
            };
            let there = if *there { "" } else { " (not there)" };
            vec![
                json!("config"),
                json!(path.display().to_string()),
                json!(format!("{from}{there}")),
            ]
        }
        None => vec![json!("config"), Value::Null, json!("no home folder")],
    };
    let origin = |source: Source, flag: &str, env: &str| -> Value {
        json!(match source {
            Source::Flag => format!("flag --{flag}"),
            Source::Env => format!("env {env}"),
            Source::File => "config file".to_string(),
            Source::Default => "default".to_string(),
        })
    };
    let db = ctx.store_location().ok().map(|l| l.to_string());
    let format = g
        .format
        .to_possible_value()
        .map(|v| v.get_name().to_string());
    let rows = vec![
        file,
        vec![json!("db"), json!(db), origin(o.db, "db", "CAREWARD_DB")],
        vec![
            json!("org"),
            json!(g.org),
            origin(o.org, "org", "CAREWARD_ORG"),
        ],
        vec![
            json!("as"),
            json!(g.actor),
            origin(o.actor, "as", "CAREWARD_AS"),
        ],
        vec![
            json!("format"),
            json!(format),
            origin(o.format, "format", "CAREWARD_FORMAT"),
        ],
    ];
    Ok(Output::list(&["setting", "value", "source"], rows).into())
}
