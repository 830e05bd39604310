//! Bulk CSV input, as DESIGN "Bulk input" describes it for every `--csv` import: where
//! the bytes come from, which layout a file has, its header read by column name, rows
//! streamed with their line numbers, problems listed as `FILE:LINE: message`, the
//! rejects file, and the progress bar; and the import itself, told once for every
//! importer ([`Job`]): its two passes, the duplicate check of the column that names a
//! row, the refusal and its audit event, the plan's room, the per-row report and the
//! summary. What the columns mean is the importer's business ([`Rows`]:
//! `commands/member_import.rs`, `commands/record_import.rs`).
//!
//! An import is all or nothing and must not hold the file in memory, so it reads the
//! file twice: a first pass checks every row, a second applies them. Each pass streams
//! the file through a `csv::Reader` over a `BufReader`, one row at a time. Standard
//! input cannot be read twice, so it is first spooled to an anonymous temporary file.
//! Both passes hash what they read, so that an importer can refuse a file that changed
//! between the passes, and can name the file it imported in the audit trail.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorKind};
use crate::limits;
use crate::output::{csv_safe, csv_unguard};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How far into a file the first line is looked for, to tell its layout.
const SNIFF_LIMIT: u64 = 64 * 1024;

/// A CSV file to import: a path, or standard input (`-`).
pub struct Source {
    label: String,
    input: Input,
}

enum Input {
    Path(PathBuf),
    Spooled(File),
}

impl Source {
    /// Open `path`, or spool standard input when it is `-`.
    pub fn open(path: &Path) -> Result<Source> {
        if path == Path::new("-") {
            let mut spool = tempfile::tempfile()
                .context("cannot create a temporary file to hold standard input")?;
            io::copy(&mut io::stdin().lock(), &mut spool).context("cannot read standard input")?;
            return Ok(Source {
                label: "stdin".into(),
                input: Input::Spooled(spool),
            });
        }
        let label = path.display().to_string();
        match std::fs::metadata(path) {
            Ok(m) if m.is_file() => Ok(Source {
                label,
                input: Input::Path(path.to_path_buf()),
            }),
            Ok(_) => Err(Error::invalid(format!("{label} is not a file")).into()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Err(Error::not_found(format!("no file {label}"))
                    .hinted("give the path of a CSV file, or - to read standard input")
                    .into())
            }
            Err(e) => Err(anyhow::Error::new(e).context(format!("cannot read {label}"))),
        }
    }

    /// How the file is named in messages: as given, or `stdin`.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The file from its first byte, and its length.
    fn bytes(&self) -> Result<(Box<dyn Read + '_>, u64)> {
        match &self.input {
            Input::Path(path) => {
                let file =
                    File::open(path).with_context(|| format!("cannot read {}", self.label))?;
                let len = file.metadata()?.len();
                Ok((Box::new(file), len))
            }
            Input::Spooled(file) => {
                let mut file = file.try_clone()?;
                file.seek(SeekFrom::Start(0))?;
                let len = file.metadata()?.len();
                Ok((Box::new(file), len))
            }
        }
    }
}

/// A file without a header whose columns are fixed, such as the practice product's own
/// invitation file: `jm@example.com;practitioner,coordinator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headerless {
    pub delimiter: u8,
    pub columns: &'static [&'static str],
    /// how the summary names it
    pub name: &'static str,
}

/// How a file is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// the first row names the columns
    Headed {
        delimiter: u8,
    },
    Headerless(Headerless),
}

impl Layout {
    pub fn delimiter(&self) -> u8 {
        match self {
            Layout::Headed { delimiter } => *delimiter,
            Layout::Headerless(h) => h.delimiter,
        }
    }

    /// For the summary and the audit trail: which format was read.
    pub fn describe(&self) -> String {
        match self {
            Layout::Headed { delimiter: b',' } => "CSV with a header".into(),
            Layout::Headed { delimiter } => {
                format!("CSV with a header, separated by '{}'", *delimiter as char)
            }
            Layout::Headerless(h) => h.name.into(),
        }
    }
}

/// Tell a file's layout from its first line that is not blank: a header if it names a
/// known or ignored column of `spec` (separated by `,` or `;`, whichever names more),
/// else `spec.headerless` if there is one and the line holds its delimiter. Anything
/// else is refused: a header row is required.
pub fn sniff(source: &Source, spec: &Spec) -> Result<Layout> {
    let (known, ignored) = (spec.columns, spec.ignored);
    let (bytes, _) = source.bytes()?;
    let mut reader = BufReader::new(bytes.take(SNIFF_LIMIT));
    skip_bom(&mut reader)?;
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Err(Error::invalid(format!("{} is empty", source.label()))
                .hinted(format!(
                    "a CSV file needs a header row naming its columns, then one row per {}",
                    spec.row_noun
                ))
                .into());
        }
        number += 1;
        if !line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
    }
    let text = String::from_utf8_lossy(&line);
    let named = |delimiter: u8| {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => record
                .iter()
                .filter(|cell| {
                    let name = column_name(cell);
                    known.contains(&name.as_str()) || ignored.contains(&name.as_str())
                })
                .count(),
            _ => 0,
        }
    };
    let (commas, semicolons) = (named(b','), named(b';'));
    if commas > 0 || semicolons > 0 {
        let delimiter = if semicolons > commas { b';' } else { b',' };
        return Ok(Layout::Headed { delimiter });
    }
    if let Some(headerless) = spec.headerless
        && line.contains(&headerless.delimiter)
    {
        return Ok(Layout::Headerless(headerless));
    }
    let mut hint = format!("add a header row such as {}", known.join(","));
    if let Some(headerless) = spec.headerless {
        hint.push_str(&format!(", or use {}", headerless.name));
    }
    Err(Error::invalid(format!(
        "{}:{number}: the first line is not a header: it names none of the columns {}",
        source.label(),
        known.join(", ")
    ))
    .hinted(hint)
    .into())
}

/// A header cell as a column name: trimmed, lower case.
fn column_name(cell: &str) -> String {
    cell.trim().to_lowercase()
}

/// Skip a UTF-8 byte order mark; returns how many bytes were skipped.
fn skip_bom(reader: &mut impl BufRead) -> io::Result<u64> {
    if reader.fill_buf()?.starts_with(BOM) {
        reader.consume(BOM.len());
        return Ok(BOM.len() as u64);
    }
    Ok(0)
}

/// Which field holds which known column.
#[derive(Clone, Debug)]
pub struct Header {
    /// the header's cells as written (the headerless layout's column names)
    pub names: Vec<String>,
    /// for each known column, the field that holds it
    positions: Vec<Option<usize>>,
    /// fields an importer ignores: the `line` and `error` a rejects file adds
    ignored: Vec<usize>,
    /// fields without a name; a row must leave them empty
    unnamed: Vec<usize>,
}

impl Header {
    /// Read a header row against the `known` columns (and the `ignored` ones). Returns
    /// the header and its problems: unknown and repeated columns.
    pub fn parse(fields: &[String], known: &[&str], ignored: &[&str]) -> (Header, Vec<String>) {
        let mut header = Header {
            names: fields.to_vec(),
            positions: vec![None; known.len()],
            ignored: Vec::new(),
            unnamed: Vec::new(),
        };
        let mut problems = Vec::new();
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (i, cell) in fields.iter().enumerate() {
            let name = column_name(cell);
            if name.is_empty() {
                header.unnamed.push(i);
                continue;
            }
            if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
                problems.push(format!(
                    "column \"{name}\" appears twice (columns {} and {})",
                    first + 1,
                    i + 1
                ));
                continue;
            }
            seen.push((name.clone(), i));
            if let Some(k) = known.iter().position(|k| *k == name) {
                header.positions[k] = Some(i);
            } else if ignored.contains(&name.as_str()) {
                header.ignored.push(i);
            } else {
                problems.push(format!(
                    "unknown column \"{}\"; the known columns are {}",
                    cell.trim(),
                    known.join(", ")
                ));
            }
        }
        (header, problems)
    }

    /// The fixed columns of a headerless layout, as a header.
    pub fn fixed(layout: Headerless, known: &[&str]) -> Header {
        let names: Vec<String> = layout.columns.iter().map(|c| c.to_string()).collect();
        Header::parse(&names, known, &[]).0
    }

    /// How many fields each row must have.
    pub fn width(&self) -> usize {
        self.names.len()
    }

    /// Whether the file has the known column `k`.
    pub fn has(&self, k: usize) -> bool {
        self.positions[k].is_some()
    }

    /// The cell of known column `k` in a row, if the file has that column.
    pub fn get<'r>(&self, fields: &'r [String], k: usize) -> Option<&'r str> {
        self.positions[k]
            .and_then(|i| fields.get(i))
            .map(String::as_str)
    }

    /// The problem of a row whose field count is not the header's, or that has a
    /// value in a column without a name.
    pub fn check_shape(&self, fields: &[String], headed: bool) -> Option<String> {
        let (n, width) = (fields.len(), self.width());
        if n != width {
            let of = if headed {
                format!("the header has {width}")
            } else {
                format!("this format has {width} ({})", self.names.join(";"))
            };
            return Some(format!(
                "{n} {} where {of}{}",
                if n == 1 { "field" } else { "fields" },
                if n > width {
                    "; quote cells that contain the separator"
                } else {
                    ""
                }
            ));
        }
        self.unnamed
            .iter()
            .find(|i| !fields[**i].trim().is_empty())
            .map(|i| {
                format!(
                    "a value in column {}, which the header does not name",
                    i + 1
                )
            })
    }
}

/// One row of a file.
pub struct Record<'a> {
    /// the line the row starts on
    pub line: u64,
    /// the cells, with the guard against spreadsheet formulas that careward's own CSV
    /// output adds taken off
    pub fields: &'a [String],
    /// whether the row held bytes that are not UTF-8 (shown replaced)
    pub not_utf8: bool,
}

/// Stream `source` row by row, skipping blank rows (a line with nothing, or nothing but
/// separators and spaces). Returns the SHA-256 of the bytes read.
pub fn scan(
    source: &Source,
    delimiter: u8,
    progress: &Progress,
    each: impl FnMut(Record) -> Result<()>,
) -> Result<String> {
    let (bytes, len) = source.bytes()?;
    progress.start(len);
    scan_reader(bytes, delimiter, progress, each)
        .with_context(|| format!("cannot read {}", source.label()))
}

fn scan_reader(
    bytes: impl Read,
    delimiter: u8,
    progress: &Progress,
    mut each: impl FnMut(Record) -> Result<()>,
) -> Result<String> {
    let lines = Rc::new(RefCell::new(Lines::default()));
    let row = Rc::new(RowBound::default());
    let mut tap = Tap {
        inner: bytes,
        hash: Sha256::new(),
        lines: lines.clone(),
        offset: 0,
        row: row.clone(),
    };
    let mut buffered = BufReader::new(&mut tap);
    let bom = skip_bom(&mut buffered)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(buffered);
    let mut record = csv::ByteRecord::new();
    let mut fields: Vec<String> = Vec::new();
    let mut rows: u64 = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(match row.too_long.get() {
                    Some(line) => Error::invalid(format!(
                        "line {line}: a row is longer than {} bytes, the limit",
                        limits::CSV_ROW_BYTES
                    ))
                    .hinted("README \"Limits\" lists the limits on input files")
                    .into(),
                    None => e.into(),
                });
            }
        }
        row.start.set(reader.position().byte() + bom);
        let start = record.position().map_or(0, |p| p.byte()) + bom;
        let line = lines.borrow_mut().line_at(start);
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        fields.clear();
        let mut not_utf8 = false;
        for field in &record {
            let text = match std::str::from_utf8(field) {
                Ok(text) => csv_unguard(text).to_string(),
                Err(_) => {
                    not_utf8 = true;
                    String::from_utf8_lossy(field).into_owned()
                }
            };
            fields.push(text);
        }
        each(Record {
            line,
            fields: &fields,
            not_utf8,
        })?;
        rows += 1;
        if rows.is_multiple_of(1024) {
            progress.at(start);
        }
    }
    drop(reader);
    Ok(hex::encode(tap.hash.finalize()))
}

/// What passes between the file and the CSV parser: hashed, its line ends noted, and
/// no more of one row than [`limits::CSV_ROW_BYTES`] (and the parser's buffers), so
/// that a hostile row (a quote never closed, a line of a gigabyte) is refused before
/// it is held in memory.
struct Tap<R> {
    inner: R,
    hash: Sha256,
    lines: Rc<RefCell<Lines>>,
    offset: u64,
    row: Rc<RowBound>,
}

/// Where the row being read began, and the line of one found too long.
#[derive(Default)]
struct RowBound {
    start: std::cell::Cell<u64>,
    too_long: std::cell::Cell<Option<u64>>,
}

/// What the CSV parser and the buffer under it may read ahead of a row.
const READ_AHEAD: u64 = 64 * 1024;

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.offset - self.row.start.get().min(self.offset)
            > limits::CSV_ROW_BYTES as u64 + READ_AHEAD
        {
            let lines = self.lines.borrow();
            let start = self.row.start.get();
            let before = lines
                .ends
                .iter()
                .filter(|(offset, newline)| *newline && *offset < start)
                .count() as u64;
            self.row.too_long.set(Some(lines.passed + before + 1));
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "a row is too long",
            ));
        }
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        let mut lines = self.lines.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' || *b == b'\r' {
                lines.ends.push_back((self.offset + i as u64, *b == b'\n'));
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// Line numbers. The CSV parser tells where it began to look for a record, before the
/// blank lines it skips, and counts a CRLF's line feed with the next record; so lines
/// are counted here instead, from the line ends read but not yet passed by the parser
/// (at most a buffer's worth, and the line breaks inside one row).
#[derive(Default)]
struct Lines {
    /// offsets of `\n` (true) and `\r` (false) not yet passed
    ends: VecDeque<(u64, bool)>,
    /// line feeds passed
    passed: u64,
}

impl Lines {
    /// The line of the record the parser began to look for at `start`: line ends
    /// before it, and those right at it (blank lines, the rest of a CRLF), are passed.
    fn line_at(&mut self, start: u64) -> u64 {
        let mut at = start;
        while let Some(&(offset, newline)) = self.ends.front() {
            if offset > at {
                break;
            }
            if offset == at {
                at += 1;
            }
            self.passed += u64::from(newline);
            self.ends.pop_front();
        }
        self.passed + 1
    }
}

/// The problems found in a file, each with its line.
pub struct Problems {
    label: String,
    /// every problem, when the import stops at the first bad row and must list them
    list: Option<Vec<String>>,
    count: usize,
    kinds: Vec<ErrorKind>,
}

impl Problems {
    /// `keep`: keep the messages, to list them in the error.
    pub fn new(label: &str, keep: bool) -> Problems {
        Problems {
            label: label.to_string(),
            list: keep.then(Vec::new),
            count: 0,
            kinds: Vec::new(),
        }
    }

    /// Keep the messages from now on: the import will list them after all.
    pub fn keep_all(&mut self) {
        self.list.get_or_insert_with(Vec::new);
    }

    pub fn add(&mut self, line: u64, kind: ErrorKind, message: &str) {
        self.count += 1;
        if !self.kinds.contains(&kind) {
            self.kinds.push(kind);
        }
        if let Some(list) = &mut self.list {
            list.push(format!("{}:{line}: {message}", self.label));
        }
    }

    pub fn count(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The kind that decides the exit code: invalid data (6) before a denial by the
    /// policy (3) before a conflict with the organisation (5).
    pub fn kind(&self) -> ErrorKind {
        [ErrorKind::Invalid, ErrorKind::Denied, ErrorKind::Conflict]
            .into_iter()
            .find(|k| self.kinds.contains(k))
            .unwrap_or(ErrorKind::Invalid)
    }

    /// The error that lists them all.
    pub fn into_error(self, outcome: &str) -> Error {
        let kind = self.kind();
        let list = self.list.unwrap_or_default();
        Error::new(
            kind,
            format!(
                "{} has {} {}; {outcome}:\n  {}",
                self.label,
                self.count,
                if self.count == 1 {
                    "problem"
                } else {
                    "problems"
                },
                list.join("\n  ")
            ),
        )
    }
}

/// The rejects file of `--on-error continue`: each rejected row with its original
/// columns, then `line` and `error`, so that it can be fixed and imported again. It is
/// written beside its destination and moved there only when the import succeeds.
pub struct Rejects {
    path: PathBuf,
    writer: csv::Writer<tempfile::NamedTempFile>,
    /// fields of the input not copied (its own `line` and `error`)
    skip: Vec<usize>,
    width: usize,
    pub count: u64,
}

impl Rejects {
    pub fn create(path: &Path, delimiter: u8, header: &Header) -> Result<Rejects> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let file = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("cannot write the rejects file {}", path.display()))?;
        let mut rejects = Rejects {
            path: path.to_path_buf(),
            writer: csv::WriterBuilder::new()
                .delimiter(delimiter)
                .flexible(true)
                .from_writer(file),
            skip: header.ignored.clone(),
            width: header.width(),
            count: 0,
        };
        let mut names = rejects.kept(&header.names);
        names.extend(["line".to_string(), "error".to_string()]);
        rejects.writer.write_record(&names)?;
        Ok(rejects)
    }

    fn kept(&self, fields: &[String]) -> Vec<String> {
        let mut kept: Vec<String> = fields
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.skip.contains(i))
            .map(|(_, f)| csv_safe(f))
            .collect();
        let width = self.width - self.skip.len();
        if kept.len() < width {
            kept.resize(width, String::new());
        }
        kept
    }

    pub fn write(&mut self, fields: &[String], line: u64, error: &str) -> Result<()> {
        let mut row = self.kept(fields);
        row.push(line.to_string());
        row.push(csv_safe(error));
        self.writer.write_record(&row)?;
        self.count += 1;
        Ok(())
    }

    /// Put the file in place.
    pub fn finish(self) -> Result<()> {
        let file = self
            .writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write the rejects file: {}", e.error()))?;
        file.persist(&self.path)
            .with_context(|| format!("cannot write the rejects file {}", self.path.display()))?;
        Ok(())
    }
}

/// The progress bar of a long import: on stderr, and only when stderr is a terminal.
/// It is drawn from the first row on and taken off the screen when the pass ends.
pub struct Progress {
    bar: ProgressBar,
    shown: bool,
}

impl Progress {
    /// A bar labelled `what`, drawn when `shown` (see [`Progress::wanted`]).
    pub fn new(shown: bool, what: &str) -> Progress {
        // Hidden until the file's length is known, so that it never shows a wrong 100%.
        let bar = ProgressBar::hidden();
        bar.set_style(
            ProgressStyle::with_template("{msg:>10} [{bar:40}] {percent:>3}% {elapsed}")
                .map(|s| s.progress_chars("=> "))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message(what.to_string());
        Progress { bar, shown }
    }

    /// Whether to draw progress at all: not with `--quiet`, and only on a terminal.
    pub fn wanted(quiet: bool) -> bool {
        !quiet && io::stderr().is_terminal()
    }

    fn start(&self, len: u64) {
        self.bar.set_length(len);
        self.bar.set_position(0);
        if self.shown {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn at(&self, byte: u64) {
        self.bar.set_position(byte);
    }

    /// Take the bar off the screen.
    pub fn done(&self) {
        self.bar.finish_and_clear();
    }
}

// ---------------------------------------------------------------------------------
// The import, told once for every importer.

/// What a `--csv` import does with a bad row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OnError {
    Stop,
    Continue,
}

/// The options every `--csv` import takes beside its file (named `csv` in the command).
#[derive(clap::Args, Debug)]
pub struct OnErrorArgs {
    /// With --csv: what a bad row does: stop (nothing is imported) or continue (the
    /// other rows are imported, the bad ones written to --rejects)
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = OnError::Stop, requires = "csv")]
    pub on_error: OnError,
    /// With --on-error continue: the file to write rejected rows to, to fix and import
    #[arg(
        long,
        value_name = "FILE",
        requires = "csv",
        required_if_eq("on_error", "continue")
    )]
    pub rejects: Option<PathBuf>,
}

/// What an importer's files hold, and how its report names things.
pub struct Spec {
    /// the columns it reads, by header name in any order
    pub columns: &'static [&'static str],
    /// the columns it reads past: those a rejects file adds (`line`, `error`), …
    pub ignored: &'static [&'static str],
    /// the column a header must name (an index into `columns`)
    pub required: usize,
    /// the column that names a row (an index into `columns`): two rows with the same
    /// value are both refused; the report shows it
    pub key: usize,
    /// how messages name the key: `email`, `external id`
    pub key_name: &'static str,
    /// a layout without a header that the importer also reads
    pub headerless: Option<Headerless>,
    /// the report's columns between the key and `outcome`
    pub report_extra: &'static [&'static str],
    /// the outcome of a row that adds something: `invited`, `created`
    pub added: &'static str,
    /// what one row is, for messages: `member`, `record`
    pub row_noun: &'static str,
}

impl Spec {
    fn report_columns(&self) -> Vec<&'static str> {
        let mut columns = vec!["line", self.columns[self.key]];
        columns.extend(self.report_extra);
        columns.extend(["outcome", "message"]);
        columns
    }
}

/// A row of the right shape and UTF-8, for an importer to read.
pub struct Row<'a> {
    pub line: u64,
    header: &'a Header,
    fields: &'a [String],
}

impl<'a> Row<'a> {
    /// The trimmed cell of known column `k`; `None` when the file has no such column.
    pub fn cell(&self, k: usize) -> Option<&'a str> {
        self.header.get(self.fields, k).map(str::trim)
    }
}

/// A row as an importer checked it.
pub struct Checked<C> {
    /// the row's key as the importer reads it (a lower-case email), when it is valid
    pub key: Option<String>,
    /// what applying the row does, when it is valid
    pub change: Option<C>,
    pub problems: Vec<(ErrorKind, String)>,
    /// the report's extra cells for the row if it is rejected (left out: empty)
    pub extra: Vec<serde_json::Value>,
}

impl<C> Default for Checked<C> {
    fn default() -> Self {
        Checked {
            key: None,
            change: None,
            problems: Vec::new(),
            extra: Vec::new(),
        }
    }
}

/// What applying a row did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// a member invited, a record created: [`Spec::added`]
    Added,
    Updated,
    Unchanged,
}

/// A row applied: its outcome, the report's message and extra cells.
pub struct Done {
    pub outcome: Outcome,
    pub message: String,
    pub extra: Vec<serde_json::Value>,
}

/// An importer: what the columns of a row mean, and what a valid row does.
pub trait Rows {
    /// what a valid row does
    type Change;

    /// Check one row against the policy and the organisation as they are now. Both
    /// passes call it: the second applies each row as it checks it again.
    fn check(&mut self, row: &Row) -> Result<Checked<Self::Change>>;

    /// What a change takes from the plan (a seat, a record), for [`Rows::reserve`].
    fn need(&self, change: &Self::Change) -> u64;

    /// Before anything is applied: refuse an import whose valid rows need more than
    /// the plan has free (seats, records).
    fn reserve(&mut self, needed: u64) -> Result<()>;

    /// Make a valid row's change, with its audit event.
    fn apply(&mut self, line: u64, change: Self::Change) -> Result<Done>;

    /// After every row: the rules that hold for the whole organisation.
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// One value that differs between a row and what the organisation holds.
pub struct Diff {
    pub field: &'static str,
    pub before: String,
    pub after: String,
}

impl Diff {
    /// `name "" → "Ann Lee"; roles practitioner → coordinator;practitioner`
    pub fn describe(diffs: &[Diff]) -> String {
        diffs
            .iter()
            .map(|d| format!("{} {} → {}", d.field, d.before, d.after))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Note `field` when a row says a value (`to`; `None`: it does not say) other than
    /// the one there (`now`), each shown by `show`.
    pub fn note<T: PartialEq + ?Sized>(
        diffs: &mut Vec<Diff>,
        field: &'static str,
        now: &T,
        to: Option<&T>,
        show: impl Fn(&T) -> String,
    ) {
        if let Some(to) = to
            && to != now
        {
            diffs.push(Diff {
                field,
                before: show(now),
                after: show(to),
            });
        }
    }

    /// Whether any of `fields` differs.
    pub fn any(diffs: &[Diff], fields: &[&str]) -> bool {
        diffs.iter().any(|d| fields.contains(&d.field))
    }

    /// The audit event of an updated row: one, under the first action the update
    /// needed, with the changes, every decision that allowed them, and the import run
    /// and line (`import`).
    pub fn audit(
        s: &crate::session::Session,
        target: &str,
        proofs: &[&crate::policy::Granted],
        import: serde_json::Value,
        diffs: &[Diff],
    ) -> Result<()> {
        let Some(first) = proofs.first() else {
            return Err(anyhow::anyhow!("an update of {target} changed nothing"));
        };
        let changes: serde_json::Map<String, serde_json::Value> = diffs
            .iter()
            .map(|d| (d.field.to_string(), serde_json::json!([d.before, d.after])))
            .collect();
        let authorized: Vec<&str> = proofs
            .iter()
            .map(|p| p.decision().reason.as_str())
            .collect();
        s.record(
            first,
            target,
            serde_json::json!({ "import": import, "changes": changes, "authorized": authorized }),
        )
    }
}

/// Ask the policy about one row's change: the proof, or the row's problem (a denial:
/// exit 3 when it is the worst) saying what the actor `may not` do and why.
pub fn permit(
    s: &crate::session::Session,
    action: &str,
    target: &crate::policy::TargetFacts,
    what: &str,
) -> std::result::Result<crate::policy::Granted, (ErrorKind, String)> {
    permit_verdict(s.check(action, target), what)
}

/// [`permit`] for a decision already asked (a change of who reaches what).
pub fn permit_verdict(
    verdict: anyhow::Result<crate::policy::Verdict>,
    what: &str,
) -> std::result::Result<crate::policy::Granted, (ErrorKind, String)> {
    match verdict {
        Ok(crate::policy::Verdict::Granted(proof)) => Ok(proof),
        Ok(crate::policy::Verdict::Denied(d)) => {
            let reason = d.reason.trim_start_matches("denied: ");
            let mut message = format!("may not {what}: {reason}");
            if let Some(nearest) = &d.nearest {
                message.push_str(&format!(" (nearest grant: {nearest})"));
            }
            Err((ErrorKind::Denied, message))
        }
        Err(e) => Err((ErrorKind::Denied, format!("{e:#}"))),
    }
}

/// The rows of a run, counted by outcome.
#[derive(Default)]
struct Counts {
    rows: u64,
    added: u64,
    updated: u64,
    unchanged: u64,
    rejected: u64,
}

impl Counts {
    /// `3,000 rows: 2,980 invited, 20 unchanged`
    fn summary(&self, added: &str) -> String {
        let parts: Vec<String> = [
            (self.added, added),
            (self.updated, "updated"),
            (self.unchanged, "unchanged"),
            (self.rejected, "rejected"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{} {what}", thousands(*n)))
        .collect();
        format!(
            "{} {}: {}",
            thousands(self.rows),
            if self.rows == 1 { "row" } else { "rows" },
            if parts.is_empty() {
                "nothing to import".to_string()
            } else {
                parts.join(", ")
            }
        )
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The duplicate check of the key column: every valid key of the file with its first
/// line and what its row needs, and the keys on several lines with every line. Rows
/// without a key are never duplicates. This is all an import keeps of the file.
#[derive(Default)]
struct Keys {
    seen: std::collections::HashMap<String, (u64, u64)>,
    repeated: std::collections::HashMap<String, Vec<u64>>,
    /// what the valid rows without a key need
    unkeyed: u64,
}

impl Keys {
    /// First pass: note a row's key; the problem if an earlier line has it.
    fn note(&mut self, spec: &Spec, key: Option<String>, line: u64, need: u64) -> Option<String> {
        let Some(key) = key else {
            self.unkeyed += need;
            return None;
        };
        match self.seen.get(&key) {
            Some(&(first, _)) => {
                let problem = format!("{} {key} is already on line {first}", spec.key_name);
                self.repeated
                    .entry(key)
                    .or_insert_with(|| vec![first])
                    .push(line);
                Some(problem)
            }
            None => {
                self.seen.insert(key, (line, need));
                None
            }
        }
    }

    /// Second pass: the problem of a row whose key is on several lines, each named.
    fn problem(&self, spec: &Spec, key: Option<&str>, line: u64) -> Option<String> {
        let key = key?;
        let lines = self.repeated.get(key)?;
        Some(if lines[0] == line {
            let others: Vec<String> = lines[1..].iter().map(u64::to_string).collect();
            format!(
                "{} {key} is also on line {}",
                spec.key_name,
                others.join(", ")
            )
        } else {
            format!("{} {key} is already on line {}", spec.key_name, lines[0])
        })
    }

    /// What the valid rows need, rows whose key is repeated left out.
    fn needed(&self) -> u64 {
        self.seen
            .iter()
            .filter(|(key, _)| !self.repeated.contains_key(*key))
            .map(|(_, (_, need))| need)
            .sum::<u64>()
            + self.unkeyed
    }
}

/// One `--csv` import: its file, its options, and the story every import tells, in
/// the command's one transaction: name the run, tell the layout, check every row,
/// refuse a file with problems (with `--on-error stop`) or that needs more than the
/// plan has, apply every valid row with its audit event, check the rules that hold for
/// the whole organisation, and report.
pub struct Job {
    source: Source,
    on_error: OnError,
    rejects: Option<PathBuf>,
    progress: bool,
    quiet: bool,
    dry_run: bool,
}

impl Job {
    /// Check the options and open the file; standard input is read (spooled) here,
    /// before the transaction takes the store's lock.
    pub fn open(ctx: &crate::session::Ctx, path: &Path, opts: &OnErrorArgs) -> Result<Job> {
        if opts.rejects.is_some() && opts.on_error == OnError::Stop {
            return Err(Error::usage("--rejects goes with --on-error continue")
                .hinted("add --on-error continue to import the valid rows and write the others to the rejects file")
                .into());
        }
        Ok(Job {
            source: Source::open(path)?,
            on_error: opts.on_error,
            rejects: opts.rejects.clone(),
            progress: Progress::wanted(ctx.global.quiet),
            quiet: ctx.global.quiet,
            dry_run: ctx.global.dry_run,
        })
    }

    pub fn label(&self) -> &str {
        self.source.label()
    }

    /// Name the run — the id of its first audit event — and the file in the event a
    /// refusal leaves. Call it first thing in the transaction.
    pub fn start(&self, s: &crate::session::Session) -> Result<i64> {
        let run = s.tx.next_audit_id()?;
        s.describe_refusal(serde_json::json!({ "import": { "run": run, "file": self.label() } }));
        Ok(run)
    }

    /// Tell the file's layout, once the import is authorized (so that an unreadable
    /// file is a refused, audited import).
    pub fn layout(&self, s: &crate::session::Session, run: i64, spec: &Spec) -> Result<Layout> {
        let layout = sniff(&self.source, spec)?;
        s.describe_refusal(serde_json::json!({ "import": {
            "run": run, "file": self.label(), "format": layout.describe(),
        }}));
        Ok(layout)
    }

    /// Both passes, and what to print.
    pub fn run<R: Rows>(
        &self,
        s: &crate::session::Session,
        run: i64,
        spec: &Spec,
        layout: Layout,
        rows: &mut R,
    ) -> Result<crate::commands::Reply> {
        let mut keys = Keys::default();
        let bar = Progress::new(self.progress, "checking");
        let (problems, checked_hash, header, count) =
            self.check_all(spec, layout, rows, &mut keys, &bar)?;
        bar.done();
        s.describe_refusal(serde_json::json!({ "import": {
            "run": run, "file": self.label(), "format": layout.describe(),
            "rows": count, "problems": problems.count(),
        }}));
        if !problems.is_empty() && self.on_error == OnError::Stop {
            return Err(problems
                .into_error("nothing was imported")
                .hinted("fix the rows and run the import again; or add --on-error continue --rejects FILE to import the valid rows now")
                .into());
        }
        rows.reserve(keys.needed())?;

        let bar = Progress::new(self.progress, "importing");
        let mut rejects = match &self.rejects {
            Some(path) if !problems.is_empty() && !self.dry_run => {
                Some(Rejects::create(path, layout.delimiter(), &header)?)
            }
            _ => None,
        };
        let (counts, report, hash) =
            self.apply_all(spec, layout, &header, rows, &keys, rejects.as_mut(), &bar)?;
        bar.done();
        if hash != checked_hash {
            return Err(Error::failure(format!(
                "{} changed while it was being imported; nothing was imported",
                self.label()
            ))
            .hinted("run the import again once the file is written")
            .into());
        }
        rows.finish()?;
        if let Some(rejects) = rejects {
            rejects.finish()?;
        }

        let mut note = format!(
            "{} ({}, {}",
            counts.summary(spec.added),
            self.label(),
            layout.describe()
        );
        if self.dry_run {
            note = format!("dry run: {note}); nothing was changed");
        } else if counts.added + counts.updated > 0 {
            note.push_str(&format!("; import run {run}, named in the audit trail)"));
        } else {
            note.push(')');
        }
        if let Some(path) = &self.rejects {
            if counts.rejected == 0 {
                note.push_str(&format!(
                    "; no row was rejected, {} was not written",
                    path.display()
                ));
            } else if self.dry_run {
                note.push_str(&format!("; {} was not written", path.display()));
            } else {
                note.push_str(&format!(
                    "; the rejected rows are in {}: fix them and import that file",
                    path.display()
                ));
            }
        }
        Ok(crate::commands::Reply {
            output: crate::output::Output::list(&spec.report_columns(), report),
            note: Some(note),
            exit: if problems.is_empty() {
                0
            } else {
                problems.kind().exit_code()
            },
        })
    }

    /// One row: its shape, then the importer's check.
    fn check_row<R: Rows>(
        header: &Header,
        record: &Record,
        headed: bool,
        rows: &mut R,
    ) -> Result<Checked<R::Change>> {
        let invalid = |message: String| Checked {
            problems: vec![(ErrorKind::Invalid, message)],
            ..Checked::default()
        };
        if record.not_utf8 {
            return Ok(invalid(
                "the row is not UTF-8 text; save the file as UTF-8".into(),
            ));
        }
        if let Some(problem) = header.check_shape(record.fields, headed) {
            return Ok(invalid(problem));
        }
        rows.check(&Row {
            line: record.line,
            header,
            fields: record.fields,
        })
    }

    /// The first pass: every problem of the file, the header, and how many rows there
    /// are. A problem with the header refuses the whole file, whatever `--on-error`
    /// says; its rows are still checked (when it names the required column), to list
    /// everything at once.
    fn check_all<R: Rows>(
        &self,
        spec: &Spec,
        layout: Layout,
        rows: &mut R,
        keys: &mut Keys,
        bar: &Progress,
    ) -> Result<(Problems, String, Header, u64)> {
        let keep = self.on_error == OnError::Stop;
        let mut problems = Problems::new(self.label(), keep);
        let mut header = match layout {
            Layout::Headed { .. } => None,
            Layout::Headerless(h) => Some(Header::fixed(h, spec.columns)),
        };
        let headed = header.is_none();
        let mut bad_header = false;
        let mut count = 0;
        let hash = scan(&self.source, layout.delimiter(), bar, |record| {
            let Some(header) = &header else {
                let (parsed, mut header_problems) =
                    Header::parse(record.fields, spec.columns, spec.ignored);
                if !parsed.has(spec.required) {
                    header_problems.push(format!(
                        "there is no {} column; the known columns are {}",
                        spec.columns[spec.required],
                        spec.columns.join(", ")
                    ));
                }
                if !header_problems.is_empty() {
                    bad_header = true;
                    problems.keep_all();
                }
                for p in &header_problems {
                    problems.add(record.line, ErrorKind::Invalid, p);
                }
                header = Some(parsed);
                return Ok(());
            };
            if !header.has(spec.required) {
                return Ok(());
            }
            count += 1;
            let checked = Self::check_row(header, &record, headed, rows)?;
            let mut row_problems = checked.problems;
            let need = match &checked.change {
                Some(change) if row_problems.is_empty() => rows.need(change),
                _ => 0,
            };
            if let Some(problem) = keys.note(spec, checked.key, record.line, need) {
                row_problems.push((ErrorKind::Invalid, problem));
            }
            for (kind, message) in row_problems {
                problems.add(record.line, kind, &message);
            }
            Ok(())
        })?;
        let Some(header) = header else {
            return Err(anyhow::anyhow!("{} has no header row", self.label()));
        };
        if bad_header {
            return Err(problems
                .into_error("nothing was imported")
                .hinted(format!(
                    "the first row names the columns: {}",
                    spec.columns.join(",")
                ))
                .into());
        }
        Ok((problems, hash, header, count))
    }

    /// The second pass: apply each valid row, reject the others. Returns the counts,
    /// the report (unless `--quiet`) and the hash of what was read.
    #[allow(clippy::too_many_arguments)]
    fn apply_all<R: Rows>(
        &self,
        spec: &Spec,
        layout: Layout,
        header: &Header,
        rows: &mut R,
        keys: &Keys,
        mut rejects: Option<&mut Rejects>,
        bar: &Progress,
    ) -> Result<(Counts, Vec<Vec<serde_json::Value>>, String)> {
        use serde_json::{Value, json};
        let headed = matches!(layout, Layout::Headed { .. });
        let mut header_seen = !headed;
        let mut counts = Counts::default();
        let mut report = Vec::new();
        let hash = scan(&self.source, layout.delimiter(), bar, |record| {
            if !header_seen {
                header_seen = true;
                return Ok(());
            }
            counts.rows += 1;
            let checked = Self::check_row(header, &record, headed, rows)?;
            let mut messages: Vec<String> = checked.problems.into_iter().map(|(_, m)| m).collect();
            let shown = checked.key.clone().unwrap_or_else(|| {
                header
                    .get(record.fields, spec.key)
                    .map(str::trim)
                    .unwrap_or("")
                    .to_string()
            });
            messages.extend(keys.problem(spec, checked.key.as_deref(), record.line));
            let (outcome, message, mut extra) = match (checked.change, rejects.as_deref_mut()) {
                (Some(change), _) if messages.is_empty() => {
                    let done = rows.apply(record.line, change)?;
                    let outcome = match done.outcome {
                        Outcome::Added => {
                            counts.added += 1;
                            spec.added
                        }
                        Outcome::Updated => {
                            counts.updated += 1;
                            "updated"
                        }
                        Outcome::Unchanged => {
                            counts.unchanged += 1;
                            "unchanged"
                        }
                    };
                    (outcome, done.message, done.extra)
                }
                (_, rejects) => {
                    let message = messages.join("; ");
                    if let Some(rejects) = rejects {
                        rejects.write(record.fields, record.line, &message)?;
                    }
                    counts.rejected += 1;
                    ("rejected", message, checked.extra)
                }
            };
            if !self.quiet {
                extra.resize(spec.report_extra.len(), Value::Null);
                let mut cells = vec![json!(record.line), json!(shown)];
                cells.extend(extra);
                cells.extend([json!(outcome), json!(message)]);
                report.push(cells);
            }
            Ok(())
        })?;
        Ok((counts, report, hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["email", "name", "roles"];
    const OWN: Headerless = Headerless {
        delimiter: b';',
        columns: &["email", "roles"],
        name: "email;roles",
    };
    const SPEC: Spec = Spec {
        columns: KNOWN,
        ignored: &["line"],
        required: 0,
        key: 0,
        key_name: "email",
        headerless: Some(OWN),
        report_extra: &[],
        added: "invited",
        row_noun: "member",
    };

    fn source(text: &[u8]) -> (tempfile::TempDir, Source) {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("in.csv");
        std::fs::write(&path, text).unwrap();
        let source = Source::open(&path).unwrap();
        (dir, source)
    }

    fn rows(text: &[u8], delimiter: u8) -> Vec<(u64, Vec<String>)> {
        let (_dir, src) = source(text);
        let mut out = Vec::new();
        scan(&src, delimiter, &Progress::new(false, ""), |r| {
            out.push((r.line, r.fields.to_vec()));
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn layouts_are_told_from_the_first_line() {
        let layout = |text: &[u8]| {
            let (_dir, src) = source(text);
            sniff(&src, &SPEC)
        };
        assert_eq!(
            layout(b"\xEF\xBB\xBFEmail,Name\r\na@x.org,A\r\n").unwrap(),
            Layout::Headed { delimiter: b',' }
        );
        assert_eq!(
            layout(b"\n\nemail;roles\n").unwrap(),
            Layout::Headed { delimiter: b';' }
        );
        assert_eq!(
            layout(b"line;team\n").unwrap(),
            Layout::Headed { delimiter: b';' }
        );
        assert_eq!(
            layout(b"jm@example.com;practitioner,coordinator\n").unwrap(),
            Layout::Headerless(OWN)
        );
        let err = layout(b"mail,rollen\n").unwrap_err().to_string();
        assert!(
            err.contains("in.csv:1: the first line is not a header"),
            "{err}"
        );
        let err = layout(b"\n  \n").unwrap_err().to_string();
        assert!(err.ends_with("in.csv is empty"), "{err}");
    }

    #[test]
    fn rows_keep_their_line_numbers_through_bom_crlf_quotes_and_blank_lines() {
        let text = b"\xEF\xBB\xBFemail,name\r\n\"a@x.org\",\"Lee, Ann\"\r\n\r\nb@x.org,\"two\nlines\"\nc@x.org,'=1+1\n,\n  \n\n";
        assert_eq!(
            rows(text, b','),
            vec![
                (1, vec!["email".to_string(), "name".into()]),
                (2, vec!["a@x.org".into(), "Lee, Ann".into()]),
                (4, vec!["b@x.org".into(), "two\nlines".into()]),
                (6, vec!["c@x.org".into(), "=1+1".into()]),
            ]
        );
    }

    #[test]
    fn line_numbers_hold_for_lf_crlf_and_leading_blank_lines() {
        let lines = |text: &[u8]| -> Vec<u64> { rows(text, b',').iter().map(|r| r.0).collect() };
        assert_eq!(lines(b"h,n\na,b\n\nc,\"x\ny\"\nd,e"), vec![1, 2, 4, 6]);
        assert_eq!(
            lines(b"h,n\r\na,b\r\n\r\nc,\"x\r\ny\"\r\nd,e\r\n"),
            vec![1, 2, 4, 6]
        );
        assert_eq!(lines(b"\n\nh,n\r\n\r\n\r\na,b"), vec![3, 6]);
        assert_eq!(lines(b"\xEF\xBB\xBF\nh\n,x"), vec![2, 3]);
    }

    #[test]
    fn bytes_that_are_not_utf8_mark_the_row() {
        let (_dir, src) = source(b"email\nb\xFFd@x.org\n");
        let mut marks = Vec::new();
        scan(&src, b',', &Progress::new(false, ""), |r| {
            marks.push((r.line, r.not_utf8));
            Ok(())
        })
        .unwrap();
        assert_eq!(marks, vec![(1, false), (2, true)]);
    }

    #[test]
    fn headers_name_known_ignored_unknown_and_repeated_columns() {
        let cells: Vec<String> = ["Roles", " email ", "line", "teams", "", "EMAIL"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (header, problems) = Header::parse(&cells, KNOWN, &["line", "error"]);
        assert_eq!(
            problems,
            vec![
                "unknown column \"teams\"; the known columns are email, name, roles".to_string(),
                "column \"email\" appears twice (columns 2 and 6)".into(),
            ]
        );
        assert!(header.has(0) && !header.has(1) && header.has(2));
        let row: Vec<String> = ["r", "e", "3", "t", "x", "e2"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(header.get(&row, 0), Some("e"));
        assert_eq!(header.get(&row, 1), None);
        assert_eq!(
            header.check_shape(&row, true).as_deref(),
            Some("a value in column 5, which the header does not name")
        );
        assert_eq!(
            header.check_shape(&row[..2], true).as_deref(),
            Some("2 fields where the header has 6")
        );
        let own = Header::fixed(OWN, KNOWN);
        assert_eq!(
            own.check_shape(&row[..1], false).as_deref(),
            Some("1 field where this format has 2 (email;roles)")
        );
    }

    /// A file that is generated as it is read, never held anywhere whole.
    struct Generated {
        rows: u64,
        next: u64,
        pending: Vec<u8>,
        read: std::rc::Rc<std::cell::Cell<u64>>,
    }

    impl Read for Generated {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.pending.is_empty() && self.next < self.rows {
                self.pending = format!("m{}@example.org,Member {}\n", self.next, self.next).into();
                self.next += 1;
            }
            let n = buf.len().min(self.pending.len());
            buf[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            self.read.set(self.read.get() + n as u64);
            Ok(n)
        }
    }

    #[test]
    fn a_file_is_streamed_not_read_whole() {
        let read = std::rc::Rc::new(std::cell::Cell::new(0));
        let input = Generated {
            rows: 50_000,
            next: 0,
            pending: Vec::new(),
            read: read.clone(),
        };
        let mut seen = 0u64;
        let mut row_end = 0u64;
        let mut ahead = 0u64;
        scan_reader(input, b',', &Progress::new(false, ""), |r| {
            seen += 1;
            row_end += (r.fields[0].len() + r.fields[1].len() + 2) as u64;
            // the bytes read so far reach at most a buffer or so past this row
            ahead = ahead.max(read.get().saturating_sub(row_end));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, 50_000);
        assert!(read.get() > 1_000_000, "the whole input was read");
        assert!(ahead < 64 * 1024, "read {ahead} bytes ahead of the rows");
    }

    #[test]
    fn problems_pick_the_exit_code_and_list_every_line() {
        let mut p = Problems::new("staff.csv", true);
        p.add(3, ErrorKind::Conflict, "differs");
        assert_eq!(p.kind(), ErrorKind::Conflict);
        p.add(
            17,
            ErrorKind::Invalid,
            "email \"bob@\" is not an email address",
        );
        let err = p.into_error("nothing was imported");
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(
            err.message,
            "staff.csv has 2 problems; nothing was imported:\n  staff.csv:3: differs\n  staff.csv:17: email \"bob@\" is not an email address"
        );
    }

    #[test]
    fn summaries_count_with_thousands_separators() {
        let counts = Counts {
            rows: 3000,
            added: 2980,
            unchanged: 20,
            ..Counts::default()
        };
        assert_eq!(
            counts.summary("invited"),
            "3,000 rows: 2,980 invited, 20 unchanged"
        );
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
        assert_eq!(
            Counts::default().summary("created"),
            "0 rows: nothing to import"
        );
    }

    #[test]
    fn a_repeated_key_names_every_line_and_needs_nothing() {
        let mut keys = Keys::default();
        assert_eq!(keys.note(&SPEC, Some("a@x.org".into()), 2, 1), None);
        assert_eq!(keys.note(&SPEC, Some("b@x.org".into()), 3, 1), None);
        assert_eq!(keys.note(&SPEC, None, 4, 1), None);
        assert_eq!(
            keys.note(&SPEC, Some("a@x.org".into()), 5, 1).as_deref(),
            Some("email a@x.org is already on line 2")
        );
        keys.note(&SPEC, Some("a@x.org".into()), 7, 1);
        assert_eq!(
            keys.problem(&SPEC, Some("a@x.org"), 2).as_deref(),
            Some("email a@x.org is also on line 5, 7")
        );
        assert_eq!(
            keys.problem(&SPEC, Some("a@x.org"), 7).as_deref(),
            Some("email a@x.org is already on line 2")
        );
        assert_eq!(keys.problem(&SPEC, Some("b@x.org"), 3), None);
        // b's row and the row without a key; never a's
        assert_eq!(keys.needed(), 2);
    }

    #[test]
    fn progress_is_never_wanted_with_quiet() {
        assert!(!Progress::wanted(true));
    }
}

/// Fuzzing the CSV reader (proptest, a bounded number of cases so the suite stays
/// fast): any bytes are read without a panic, with line numbers that only grow; and
/// cells careward writes (guarded against formulas) read back as they were, on the
/// line they were written on. Inputs that once found a bug are kept as cases below.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn scan_bytes(bytes: &[u8]) -> Result<Vec<(u64, Vec<String>)>> {
        let mut out = Vec::new();
        scan_reader(bytes, b',', &Progress::new(false, ""), |r| {
            out.push((r.line, r.fields.to_vec()));
            Ok(())
        })?;
        Ok(out)
    }

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z0-9 ]{0,12}",
            "[=+\\-@＝＋－＠'\"\t\r\n,;a-z ]{0,10}",
            any::<String>().prop_map(|s| s.chars().take(16).collect()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_bytes_are_read_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            // (a lone CR ends a row but not a line: such rows share a line number)
            if let Ok(rows) = scan_bytes(&bytes) {
                prop_assert!(rows.first().is_none_or(|r| r.0 >= 1));
                for pair in rows.windows(2) {
                    prop_assert!(pair[0].0 <= pair[1].0, "{:?}", rows);
                }
            }
        }

        #[test]
        fn written_cells_read_back_on_their_lines(
            table in proptest::collection::vec(proptest::collection::vec(cell(), 3), 1..12),
            crlf in any::<bool>(),
        ) {
            // a row of nothing but spaces is skipped as blank: leave those out
            let table: Vec<Vec<String>> = table
                .into_iter()
                .filter(|r| !r.iter().all(|c| c.bytes().all(|b| b.is_ascii_whitespace())))
                .collect();
            let mut w = csv::WriterBuilder::new()
                .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
                .from_writer(Vec::new());
            let mut lines = Vec::new();
            let mut line = 1;
            for row in &table {
                lines.push(line);
                let guarded: Vec<String> = row.iter().map(|c| csv_safe(c)).collect();
                line += guarded.iter().map(|c| c.matches('\n').count() as u64).sum::<u64>() + 1;
                w.write_record(&guarded).unwrap();
            }
            let bytes = w.into_inner().unwrap();
            let rows = scan_bytes(&bytes).unwrap();
            let cells: Vec<Vec<String>> = rows.iter().map(|(_, f)| f.clone()).collect();
            prop_assert_eq!(&cells, &table);
            let read: Vec<u64> = rows.iter().map(|(l, _)| *l).collect();
            prop_assert_eq!(read, lines);
        }
    }

    /// Inputs that found bugs, kept as regression cases.
    #[test]
    fn regressions() {
        // a quote never closed made the rest of the file one row, held in memory whole
        let mut open = b"\"a,b\n".to_vec();
        open.extend(std::iter::repeat_n(
            b'x',
            limits::CSV_ROW_BYTES + 2 * READ_AHEAD as usize,
        ));
        let err = scan_bytes(&open).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1: a row is longer than 65536 bytes, the limit"
        );
    }
}
