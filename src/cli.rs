//! The command line: global options and the nouns. Each noun's verbs and their
//! arguments live beside their code in `src/commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::{
    assistant, audit, completions, config, entry, library, location, member, note, org, org_view,
    performer_group, perm, policy, record, report, role, space, store, team,
};
use crate::output::Format;

/// Access control and administration for care practices: members, roles, records,
/// sharing and an audit trail in one SQLite file, every command gated by one policy.
#[derive(Parser, Debug)]
#[command(
    name = "careward",
    version,
    propagate_version = true,
    help_expected = true
)]
#[command(
    after_help = "Exit codes: 0 ok (perm check: allowed), 1 unexpected failure, 2 usage error, \
3 denied by the policy, 4 not found, 5 conflict with a rule, 6 invalid input data, \
7 the store is busy (retry)."
)]
#[command(
    after_long_help = "Exit codes: 0 ok (perm check: allowed), 1 unexpected failure, 2 usage error, \
3 denied by the policy, 4 not found, 5 conflict with a rule, 6 invalid input data, \
7 the store is busy (retry).

Examples (CAREWARD_AS names the acting member, as in every command's examples):
  export CAREWARD_AS=ada@north.example
  careward org init north --name \"North Clinic\" --kind clinic \\
      --policy group-practice --admin ada@north.example
  careward member invite sol@north.example --role practitioner --accepted
  careward record create --client \"Noah Martin\" --owner sol@north.example
  careward perm check record.read record:1 --as sol@north.example --explain

Each command's --help shows its own examples; man careward-record-share, as a page."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted anywhere on the line.
//
// Their own heading, after each command's own options: what a verb takes comes first.
#[derive(Args, Clone, Debug)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The store file [default: $XDG_DATA_HOME/careward/careward.db]
    #[arg(long, global = true, env = "CAREWARD_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The organisation; may be left out when the store holds exactly one
    #[arg(long, global = true, env = "CAREWARD_ORG", value_name = "SLUG", add = completions::orgs())]
    pub org: Option<String>,
    /// The acting member's email, or support:NAME for support staff
    #[arg(
        id = "as",
        long = "as",
        global = true,
        env = "CAREWARD_AS",
        value_name = "WHO",
        add = completions::members()
    )]
    pub actor: Option<String>,
    /// Why: required with support:NAME, stored in the audit log
    #[arg(long, global = true, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Output format
    #[arg(long, global = true, env = "CAREWARD_FORMAT", value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Tables: every column, uncut (as kubectl's -o wide)
    #[arg(long, global = true)]
    pub wide: bool,
    /// Do everything and validate everything, print what would change, commit nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// No output but errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// How long to wait for another process writing to the store before giving up
    /// (exit 7)
    #[arg(long, global = true, env = "CAREWARD_BUSY_TIMEOUT", value_name = "SECONDS",
          default_value_t = DEFAULT_BUSY_TIMEOUT)]
    pub busy_timeout: u64,
    // The subcommand's path ("record transfer accept"), set by [`Cli::parse_command_line`]:
    // what a refusal names when it comes before the command names its action.
    #[arg(skip)]
    pub command: String,
    // Where db, org, as and format came from (flag, environment, configuration file):
    // set by [`Cli::parse_command_line`] and `config::apply`, shown by `config show`.
    #[arg(skip)]
    pub origins: crate::config::Origins,
}

impl Cli {
    /// Parse the command line (exiting on a usage error, as clap does) and remember which
    /// subcommand it names. Run as `COMPLETE=SHELL careward …`, it is the shell asking
    /// for completions instead: they are printed and the process ends here
    /// (src/commands/completions.rs).
    pub fn parse_command_line() -> Cli {
        use clap::CommandFactory;
        clap_complete::CompleteEnv::with_factory(Cli::command).complete();
        Cli::try_parse_command_line_from(std::env::args_os()).unwrap_or_else(|e| e.exit())
    }

    /// [`Cli::parse_command_line`] of the given arguments, failing with clap's error
    /// (`policy test` runs its cases' command lines).
    pub fn try_parse_command_line_from<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        use clap::{CommandFactory, FromArgMatches};
        let matches = Cli::command().try_get_matches_from(args)?;
        let mut cli = Cli::from_arg_matches(&matches)?;
        let mut path = Vec::new();
        let mut m = &matches;
        while let Some((name, sub)) = m.subcommand() {
            path.push(name);
            m = sub;
        }
        cli.global.command = path.join(" ");
        cli.global.origins = crate::config::Origins::of(&matches);
        Ok(cli)
    }
}

/// Seconds a command waits for the store by default: long enough for eight bulk
/// imports of 40,000 members started at once to land one after the other on a small
/// machine (measured: the last landed after 51 s on a loaded 2-core machine; README
/// "Durability").
pub const DEFAULT_BUSY_TIMEOUT: u64 = 300;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create and inspect organisations
    #[command(subcommand)]
    Org(org::OrgCommand),
    /// Invite members and manage their lifecycle
    #[command(subcommand)]
    Member(member::MemberCommand),
    /// Assign and remove members' roles
    #[command(subcommand)]
    Role(role::RoleCommand),
    /// Locations (schools) and who is assigned to them
    #[command(subcommand)]
    Location(location::LocationCommand),
    /// Work teams: share records with several members at once
    #[command(subcommand)]
    Team(team::TeamCommand),
    /// Groups of performers, and tiers granted on a group (policies with groups)
    #[command(subcommand)]
    Group(performer_group::GroupCommand),
    /// The organisation's pinpoint library (policies with one)
    #[command(
        subcommand,
        mut_subcommand("create", library::worded("pinpoint", "create")),
        mut_subcommand("list", library::worded("pinpoint", "list")),
        mut_subcommand("show", library::worded("pinpoint", "show")),
        mut_subcommand("edit", library::worded("pinpoint", "edit")),
        mut_subcommand("delete", library::worded("pinpoint", "delete"))
    )]
    Pinpoint(library::LibraryCommand),
    /// The organisation's tag library, and tags on performers, entries, users and pinpoints
    #[command(
        subcommand,
        mut_subcommand("create", library::worded("tag", "create")),
        mut_subcommand("list", library::worded("tag", "list")),
        mut_subcommand("show", library::worded("tag", "show")),
        mut_subcommand("edit", library::worded("tag", "edit")),
        mut_subcommand("delete", library::worded("tag", "delete"))
    )]
    Tag(library::TagCommand),
    /// The organisation's journal types (policies with them)
    #[command(
        subcommand,
        mut_subcommand("create", library::worded("journal-type", "create")),
        mut_subcommand("list", library::worded("journal-type", "list")),
        mut_subcommand("show", library::worded("journal-type", "show")),
        mut_subcommand("edit", library::worded("journal-type", "edit")),
        mut_subcommand("delete", library::worded("journal-type", "delete"))
    )]
    JournalType(library::LibraryCommand),
    /// The reporting tool: counts of chart data across the performers you can read
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The organisation's saved chart and reporting views
    #[command(subcommand)]
    View(org_view::ViewCommand),
    /// Client records (performers, under behavior-charts): create, share, transfer, archive
    #[command(subcommand, visible_alias = "performer")]
    Record(record::RecordCommand),
    /// A record's entries: notes, documents, invoices (metadata only)
    #[command(subcommand)]
    Entry(entry::EntryCommand),
    /// Approve the notes of the members you supervise
    #[command(subcommand)]
    Note(note::NoteCommand),
    /// Collaborative spaces: exchanges around a client without access to their record
    #[command(subcommand)]
    Space(space::SpaceCommand),
    /// Assign assistants to the whole organisation or to specific therapists
    #[command(subcommand)]
    Assistant(assistant::AssistantCommand),
    /// Ask the policy: may this member do this?
    #[command(subcommand)]
    Perm(perm::PermCommand),
    /// List, show and validate policies
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    /// Read and verify the audit trail
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// The store as a whole: back it up while others write, copy organisations to another
    #[command(subcommand)]
    Store(store::StoreCommand),
    /// Print a shell completion script
    #[command(after_long_help = "Examples:\n  \
        careward completions bash > \\\n      \
        ~/.local/share/bash-completion/completions/careward\n  \
        # completions that also know your members, roles and slugs (see README)\n  \
        source <(COMPLETE=bash careward)")]
    Completions(completions::CompletionsArgs),
    /// Show the settings in force (configuration file, environment, flags)
    #[command(subcommand)]
    Config(config::ConfigCommand),
}
