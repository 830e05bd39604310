//! careward's error kinds and the one map from kind to exit code (README "Exit codes").
//!
//! Commands return `anyhow::Result`; an [`Error`] anywhere in the chain picks the exit
//! code and may carry a hint. Anything else is an unexpected failure (exit 1).

use std::fmt;

use crate::policy::{Decision, Denial};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: I/O, a corrupt or foreign store
    Failure,
    /// 2: the command line is wrong
    Usage,
    /// 3: the policy denies it
    Denied,
    /// 4: an organisation, member, … does not exist
    NotFound,
    /// 5: the change would break a rule
    Conflict,
    /// 6: invalid input data
    Invalid,
    /// 7: another process kept the store locked for longer than the busy timeout
    Busy,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Failure => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Denied => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Invalid => 6,
            ErrorKind::Busy => 7,
        }
    }
}

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// for a denial: the decision, which the refusal's audit event records
    pub decision: Option<Box<Decision>>,
    /// for a refusal by one of the policy's constraints: which (`policy test` coverage)
    pub rule: Option<String>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            hint: None,
            decision: None,
            rule: None,
        }
    }

    pub fn failure(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Conflict, message)
    }
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Invalid, message)
    }
    pub fn busy(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Busy, message)
    }

    /// A denial, hinted by what the decision advises: for a rule that forbids it, the
    /// way around the rule; for a missing grant, the nearest grant that did not match.
    pub fn denied(decision: Decision) -> Error {
        let hint = match decision.denial {
            Some(Denial::Forbidden) => decision.chain.first().cloned(),
            _ => decision
                .nearest
                .as_ref()
                .map(|n| format!("nearest grant: {n}")),
        };
        Error {
            kind: ErrorKind::Denied,
            message: format!(
                "{} may not {} {}: {}",
                decision.actor,
                decision.action,
                decision.target,
                { decision.reason.trim_start_matches("denied: ") }
            ),
            hint,
            decision: Some(Box::new(decision)),
            rule: None,
        }
    }

    /// Name the policy constraint that refuses it (see `Policy::constraint_ids`).
    pub fn ruled(mut self, rule: impl Into<String>) -> Error {
        self.rule = Some(rule.into());
        self
    }

    /// A denial that no policy decision names (`org list` by someone who belongs to no
    /// organisation): exit 3, audited by the command.
    pub fn denied_outright(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Denied, message)
    }

    pub fn hinted(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The careward error in an error chain, if there is one.
pub fn find(err: &anyhow::Error) -> Option<&Error> {
    err.chain().find_map(|e| e.downcast_ref::<Error>())
}

/// The exit code for an error.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    find(err).map_or(ErrorKind::Failure.exit_code(), |e| e.kind.exit_code())
}
