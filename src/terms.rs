//! A policy's own words for careward's: behavior-charts says "performer" where careward
//! says "record" or "client" (`terms:` in the policy). Messages, hints and notes are
//! written once, in careward's words, and spoken in the policy's as they leave the
//! program; action names (`record.read`), options (`--client`), column names
//! (`external_id`) and commands (`careward record create`) are left as they are, since
//! they are what the user types. Targets follow the policy: `performer:4` is spoken and
//! read (`perm check chart.create performer:4`), and `record:4` keeps working.

use std::collections::BTreeMap;

/// The words a policy may rename.
pub const WORDS: &[&str] = &["record", "client"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    /// careward's word (singular, lower case) → the policy's
    words: BTreeMap<String, String>,
}

impl Terms {
    pub fn new(words: BTreeMap<String, String>) -> Terms {
        Terms { words }
    }

    /// The policy's word for one of careward's (`record` → `performer`), or the word.
    pub fn word<'a>(&'a self, word: &'a str) -> &'a str {
        self.words.get(word).map_or(word, String::as_str)
    }

    /// A target written in the policy's words, in careward's: `performer:4` → `record:4`.
    pub fn target(&self, text: &str) -> String {
        match self.words.get("record") {
            Some(term) => match text
                .strip_prefix(term.as_str())
                .and_then(|r| r.strip_prefix(':'))
            {
                Some(rest) => format!("record:{rest}"),
                None => text.to_string(),
            },
            None => text.to_string(),
        }
    }

    /// `text` in the policy's words: each whole word `record`, `records`, `Record`,
    /// `Records` (and the others renamed) that is not part of an action, an option, a
    /// name with `-`, `_` or `/` (the seed's own "client/performer"), or a `careward`
    /// command line.
    pub fn speak(&self, text: &str) -> String {
        if self.words.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find(|c: char| c.is_ascii_alphabetic()) {
            let (before, from) = rest.split_at(start);
            out.push_str(before);
            let len = from
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(from.len());
            let (word, after) = from.split_at(len);
            let said = out.as_str();
            let joined_before = said.ends_with(['.', '-', '_', '/', '@']);
            let joined_after = after.starts_with(['-', '_', '@', '/'])
                || (after.starts_with('.')
                    && after[1..].starts_with(|c: char| c.is_ascii_alphabetic()));
            let in_command = said.ends_with("careward ") || said.ends_with("careward  ");
            match self.renamed(word) {
                Some(term) if !joined_before && !joined_after && !in_command => out.push_str(&term),
                _ => out.push_str(word),
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    fn renamed(&self, word: &str) -> Option<String> {
        let lower = word.to_ascii_lowercase();
        let (singular, plural) = match lower.strip_suffix('s') {
            Some(s) if self.words.contains_key(s) => (s, true),
            _ => (lower.as_str(), false),
        };
        let term = self.words.get(singular)?;
        // only the spellings careward writes: all lower case, or capitalised
        let capital = word.starts_with(|c: char| c.is_ascii_uppercase());
        if word[1..].chars().any(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let mut said = term.clone();
        if plural {
            said.push('s');
        }
        if capital {
            said[..1].make_ascii_uppercase();
        }
        Some(said)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn performer() -> Terms {
        Terms::new(BTreeMap::from([
            ("record".to_string(), "performer".to_string()),
            ("client".to_string(), "performer".to_string()),
        ]))
    }

    #[test]
    fn words_are_spoken_in_the_policys_terms() {
        let t = performer();
        assert_eq!(
            t.speak("no record 4 in aba; Records of a client: 2 records"),
            "no performer 4 in aba; Performers of a performer: 2 performers"
        );
        assert_eq!(
            t.speak("denied: no grant of entry.read reaches record:2"),
            "denied: no grant of entry.read reaches performer:2"
        );
    }

    #[test]
    fn what_the_user_types_is_left_as_it_is() {
        let t = performer();
        let kept = [
            "record.read is granted by role tier1",
            "give --client NAME",
            "careward record create --client Kid",
            "the external_id column; record_id; client-side; recordings; a client/performer user",
            "write targets as record:NUMBER or record:ext:ID",
        ];
        assert_eq!(t.speak(kept[0]), kept[0]);
        assert_eq!(t.speak(kept[1]), kept[1]);
        assert_eq!(t.speak(kept[2]), kept[2]);
        assert_eq!(t.speak(kept[3]), kept[3]);
        assert_eq!(
            t.speak(kept[4]),
            "write targets as performer:NUMBER or performer:ext:ID"
        );
        assert_eq!(Terms::default().speak("no record 4"), "no record 4");
    }

    #[test]
    fn a_target_in_the_policys_words_is_read_in_careward_s() {
        let t = performer();
        assert_eq!(t.target("performer:4"), "record:4");
        assert_eq!(t.target("performer:ext:A-1"), "record:ext:A-1");
        assert_eq!(t.target("record:4"), "record:4");
        assert_eq!(t.target("entry:4"), "entry:4");
        assert_eq!(Terms::default().target("performer:4"), "performer:4");
    }
}
