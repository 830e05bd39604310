//! Times and durations as people write them on the command line (`--since 7d`,
//! `--until tomorrow`, `--for 1h30m`), read in one place with jiff, in the local time
//! zone unless the text gives an offset. The store keeps RFC 3339 UTC text; this module
//! turns what was typed into that, and nothing else parses a time from a flag.

use jiff::civil;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, Zoned};

use crate::error::Error;

/// Which way a bare duration points: `--since 7d` means seven days ago, a share's
/// `--until 2w` two weeks from now. `7d ago` and `+7d` say it themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    Past,
    Future,
}

const TIME_HINT: &str = "write 7d (or 7d ago, +2h), today, yesterday, tomorrow, 2026-11-23, \
2026-11-23T09:00 (local time) or 2026-11-23T09:00:00Z";

const DURATION_HINT: &str = "write it as 30m, 2h, 1h30m, 1d or 2w";

/// A duration: `30m`, `1h30m`, `1d`, `2w`, `1 day`, or ISO 8601 (`PT90M`).
pub fn duration(flag: &str, text: &str) -> Result<Span, Error> {
    let t = text.trim();
    let span: Span = t.parse().map_err(|_| not_a_duration(flag, t))?;
    if span.is_zero() || span.is_negative() {
        return Err(not_a_duration(flag, t));
    }
    Ok(span)
}

fn not_a_duration(flag: &str, t: &str) -> Error {
    Error::invalid(format!(
        "{flag} {} is not a duration",
        crate::limits::quote(t)
    ))
    .hinted(DURATION_HINT)
}

/// A point in time, as the store's RFC 3339 UTC text (whole seconds). Accepted: an RFC
/// 3339 time with an offset; a local date (its start) or local date and time; `now`,
/// `today`, `yesterday`, `tomorrow` (a day's start); a duration from `now`, pointing
/// `toward` unless written `… ago` (past) or `+…` (future).
pub fn time(flag: &str, text: &str, now: Timestamp, toward: Toward) -> Result<String, Error> {
    let at = parse_time(text.trim(), now, &TimeZone::system(), toward).ok_or_else(|| {
        Error::invalid(format!(
            "{flag} {} is not a time",
            crate::limits::quote(text)
        ))
        .hinted(TIME_HINT)
    })?;
    Ok(store_text(at))
}

/// A fixed point in time, as the store's text: an RFC 3339 time with an offset, or a
/// local date (its start). For what is kept and read later (a saved report view), where
/// `7d` or `today` would silently mean the moment it was saved.
pub fn absolute(flag: &str, text: &str) -> Result<String, Error> {
    let t = text.trim();
    let at = t.parse::<Timestamp>().ok().or_else(|| {
        let day: civil::Date = t.parse().ok()?;
        day.to_zoned(TimeZone::system()).ok().map(|z| z.timestamp())
    });
    at.map(store_text).ok_or_else(|| {
        Error::invalid(format!("{flag} {} is not a date", crate::limits::quote(t)))
            .hinted("write 2026-11-01 (local) or 2026-11-01T09:00:00Z")
    })
}

/// A time `span` after `now` (a duration's end), as the store's text.
pub fn after(now: Timestamp, span: Span) -> Result<String, Error> {
    now.to_zoned(TimeZone::system())
        .checked_add(span)
        .map(|z| store_text(z.timestamp()))
        .map_err(|e| Error::invalid(format!("{span:#} from now is out of range: {e}")))
}

/// The store's time text (RFC 3339, UTC, whole seconds) as a Timestamp.
pub fn from_store(text: &str) -> Result<Timestamp, Error> {
    text.parse()
        .map_err(|e| Error::invalid(format!("{text} is not an RFC 3339 time: {e}")))
}

/// A time as the store keeps it: RFC 3339, UTC, whole seconds (it compares times as text).
pub fn store_text(at: Timestamp) -> String {
    Timestamp::from_second(at.as_second())
        .unwrap_or(at)
        .to_string()
}

fn parse_time(t: &str, now: Timestamp, tz: &TimeZone, toward: Toward) -> Option<Timestamp> {
    let local = now.to_zoned(tz.clone());
    let start_of = |d: civil::Date| d.to_zoned(tz.clone()).ok().map(|z| z.timestamp());
    match t.to_lowercase().as_str() {
        "now" => return Some(now),
        "today" => return start_of(local.date()),
        "yesterday" => return start_of(local.date().yesterday().ok()?),
        "tomorrow" => return start_of(local.date().tomorrow().ok()?),
        _ => {}
    }
    if let Ok(at) = t.parse::<Timestamp>() {
        return Some(at);
    }
    if let Ok(dt) = t.parse::<civil::DateTime>() {
        return dt.to_zoned(tz.clone()).ok().map(|z| z.timestamp());
    }
    relative(t, &local, toward)
}

/// `7d`, `7d ago`, `+7d` from `now`.
fn relative(t: &str, now: &Zoned, toward: Toward) -> Option<Timestamp> {
    let (explicit_future, body) = match t.strip_prefix('+') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let span: Span = body.parse().ok()?;
    let span = if span.is_negative() || explicit_future {
        span
    } else {
        match toward {
            Toward::Past => span.negate(),
            Toward::Future => span,
        }
    };
    now.checked_add(span).ok().map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn in_zone(t: &str, toward: Toward) -> Option<String> {
        let tz = TimeZone::get("America/Toronto").unwrap();
        parse_time(t, at("2026-11-23T09:00:00Z"), &tz, toward).map(store_text)
    }

    #[test]
    fn times_as_people_write_them() {
        use Toward::*;
        // Toronto is UTC-5 in November: local midnight is 05:00Z
        assert_eq!(in_zone("7d", Past).unwrap(), "2026-11-16T09:00:00Z");
        assert_eq!(in_zone("2w", Future).unwrap(), "2026-12-07T09:00:00Z");
        assert_eq!(in_zone("7d ago", Future).unwrap(), "2026-11-16T09:00:00Z");
        assert_eq!(in_zone("+1h30m", Past).unwrap(), "2026-11-23T10:30:00Z");
        assert_eq!(in_zone("today", Past).unwrap(), "2026-11-23T05:00:00Z");
        assert_eq!(in_zone("Tomorrow", Past).unwrap(), "2026-11-24T05:00:00Z");
        assert_eq!(in_zone("yesterday", Past).unwrap(), "2026-11-22T05:00:00Z");
        assert_eq!(in_zone("now", Past).unwrap(), "2026-11-23T09:00:00Z");
        assert_eq!(in_zone("2026-11-01", Past).unwrap(), "2026-11-01T04:00:00Z");
        assert_eq!(
            in_zone("2026-11-23T08:15", Past).unwrap(),
            "2026-11-23T13:15:00Z"
        );
        assert_eq!(
            in_zone("2026-11-23 08:15", Past).unwrap(),
            "2026-11-23T13:15:00Z"
        );
        assert_eq!(
            in_zone("2026-11-23T08:15:30+01:00", Past).unwrap(),
            "2026-11-23T07:15:30Z"
        );
        assert_eq!(
            in_zone("2026-11-23T08:15:30.75Z", Past).unwrap(),
            "2026-11-23T08:15:30Z"
        );
        for bad in ["", "soon", "7", "2026-13-01", "d7", "next week"] {
            assert_eq!(in_zone(bad, Past), None, "{bad}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(duration("--for", "90m").unwrap().get_minutes(), 90);
        assert_eq!(duration("--for", "2w").unwrap().get_weeks(), 2);
        assert!(duration("--for", "1h30m").is_ok());
        assert!(duration("--for", "1 day").is_ok());
        for bad in ["", "0m", "h", "90", "-5m", "5m ago", "soon"] {
            let err = duration("--for", bad).unwrap_err();
            assert_eq!(err.kind, crate::error::ErrorKind::Invalid, "{bad}");
        }
    }
}
