//! The organisation's libraries (pinpoints, tags, journal types — the policy names them),
//! the tags assigned to things, the library item an entry names, and saved organisation
//! views (chart views, reporting views).

use anyhow::Result;

use super::db::{DbResult, OptionalExt, Row, params};
use super::{Tx, require};
use crate::policy::{Granted, MemberId, TargetFacts, ViewKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryItem {
    pub id: i64,
    pub library: String,
    pub name: String,
    pub description: String,
    pub created_by: String,
    pub created_at: String,
}

impl LibraryItem {
    /// `pinpoint:Hand flapping`
    pub fn key(&self) -> String {
        format!("{}:{}", self.library, self.name)
    }

    pub fn target(&self) -> TargetFacts {
        TargetFacts {
            key: self.key(),
            ..TargetFacts::org()
        }
    }

    fn from_row(row: &Row) -> DbResult<LibraryItem> {
        Ok(LibraryItem {
            id: row.get("id")?,
            library: row.get("library")?,
            name: row.get("name")?,
            description: row.get("description")?,
            created_by: row.get("created_by")?,
            created_at: row.get("created_at")?,
        })
    }
}

/// A new library item.
#[derive(Clone, Copy)]
pub struct NewItem<'a> {
    pub library: &'a str,
    pub name: &'a str,
    pub description: &'a str,
}

/// A view to save: its filters as JSON.
#[derive(Clone, Copy)]
pub struct NewView<'a> {
    pub kind: ViewKind,
    pub name: &'a str,
    pub settings: &'a str,
}

/// What a tag is assigned to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tagged {
    Record(i64),
    Entry(i64),
    Member(MemberId),
    Item(i64),
}

impl Tagged {
    fn columns(self) -> [Option<i64>; 4] {
        match self {
            Tagged::Record(id) => [Some(id), None, None, None],
            Tagged::Entry(id) => [None, Some(id), None, None],
            Tagged::Member(id) => [None, None, Some(id), None],
            Tagged::Item(id) => [None, None, None, Some(id)],
        }
    }
}

/// A tag assigned to a thing, the thing named as a target key (`record:3`, `entry:9`,
/// `member:ann@x.org`, `pinpoint:Hand flapping`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagLink {
    pub tag: String,
    pub target: String,
    pub tagged_by: String,
    pub tagged_at: String,
}

/// A saved organisation view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgView {
    pub id: i64,
    pub kind: String,
    pub name: String,
    /// the view's filters, a JSON object
    pub settings: String,
    pub created_by: String,
    pub created_at: String,
}

impl OrgView {
    pub fn key(&self) -> String {
        format!("view:{}:{}", self.kind, self.name)
    }

    fn from_row(row: &Row) -> DbResult<OrgView> {
        Ok(OrgView {
            id: row.get("id")?,
            kind: row.get("kind")?,
            name: row.get("name")?,
            settings: row.get("settings")?,
            created_by: row.get("created_by")?,
            created_at: row.get("created_at")?,
        })
    }
}

const TAG_TARGET: &str = "CASE
    WHEN l.record_id IS NOT NULL THEN 'record:' || (SELECT number FROM record WHERE id = l.record_id)
    WHEN l.entry_id IS NOT NULL THEN 'entry:' || l.entry_id
    WHEN l.member_id IS NOT NULL THEN 'member:' || (SELECT email FROM member WHERE id = l.member_id)
    ELSE (SELECT library || ':' || name FROM library_item WHERE id = l.item_id) END";

impl Tx<'_> {
    pub fn library_item(&self, org: i64, library: &str, name: &str) -> Result<Option<LibraryItem>> {
        Ok(self
            .one(
                "SELECT * FROM library_item WHERE org_id = ?1 AND library = ?2 AND name = ?3",
                params![org, library, name],
                LibraryItem::from_row,
            )
            .optional()?)
    }

    pub fn library_item_by_id(&self, id: i64) -> Result<Option<LibraryItem>> {
        Ok(self
            .one(
                "SELECT * FROM library_item WHERE id = ?1",
                params![id],
                LibraryItem::from_row,
            )
            .optional()?)
    }

    /// A library's items by name; every library's when `library` is `None`.
    pub fn library_items(&self, org: i64, library: Option<&str>) -> Result<Vec<LibraryItem>> {
        Ok(self.all(
            "SELECT * FROM library_item WHERE org_id = ?1
               AND (CAST(?2 AS TEXT) IS NULL OR library = ?2)
             ORDER BY library, name",
            params![org, library],
            LibraryItem::from_row,
        )?)
    }

    /// Add an item; `by` and `at` as a file says for `org seed`, else the actor and now.
    pub fn create_library_item(
        &self,
        proof: &Granted,
        org: i64,
        item: &NewItem,
        by: &str,
        at: Option<&str>,
    ) -> Result<i64> {
        let NewItem {
            library,
            name,
            description,
        } = *item;
        require(proof, &[proof.action()], &format!("{library}:{name}"))?;
        Ok(self.insert_id(
            "INSERT INTO library_item (org_id, library, name, description, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![org, library, name, description, by, at.unwrap_or(&self.now)],
        )?)
    }

    pub fn edit_library_item(
        &self,
        proof: &Granted,
        item: &LibraryItem,
        name: &str,
        description: &str,
    ) -> Result<()> {
        require(proof, &[proof.action()], &item.key())?;
        self.run(
            "UPDATE library_item SET name = ?2, description = ?3 WHERE id = ?1",
            params![item.id, name, description],
        )?;
        Ok(())
    }

    /// How many entries name an item (a pinpoint's charts and measurements).
    pub fn entries_naming(&self, item: i64) -> Result<i64> {
        Ok(self.one(
            "SELECT count(*) FROM entry WHERE item_id = ?1",
            params![item],
            |r| r.get(0),
        )?)
    }

    /// Delete an item, and the tags assigned with it or to it.
    pub fn delete_library_item(&self, proof: &Granted, item: &LibraryItem) -> Result<()> {
        require(proof, &[proof.action()], &item.key())?;
        self.run("DELETE FROM library_item WHERE id = ?1", params![item.id])?;
        Ok(())
    }

    /// The library item an entry names, if any.
    pub fn entry_item(&self, entry: i64) -> Result<Option<LibraryItem>> {
        Ok(self
            .one(
                "SELECT i.* FROM entry e JOIN library_item i ON i.id = e.item_id WHERE e.id = ?1",
                params![entry],
                LibraryItem::from_row,
            )
            .optional()?)
    }

    /// The library items a record's entries name, by entry id.
    pub fn entry_items(&self, record: i64) -> Result<std::collections::HashMap<i64, LibraryItem>> {
        let rows = self.all(
            "SELECT e.id AS entry_id, i.* FROM entry e JOIN library_item i ON i.id = e.item_id
             WHERE e.record_id = ?1",
            params![record],
            |r| Ok((r.get("entry_id")?, LibraryItem::from_row(r)?)),
        )?;
        Ok(rows.into_iter().collect())
    }

    /// Name a library item on a new entry: the proof is the entry's creation on its
    /// record (`record_key`).
    pub fn set_entry_item(
        &self,
        proof: &Granted,
        record_key: &str,
        entry: i64,
        item: i64,
    ) -> Result<()> {
        require(proof, &[proof.action()], record_key)?;
        self.run(
            "UPDATE entry SET item_id = ?2 WHERE id = ?1",
            params![entry, item],
        )?;
        Ok(())
    }

    /// Assign a tag; returns whether it was not assigned already.
    pub fn tag(
        &self,
        proof: &Granted,
        tag: &LibraryItem,
        thing: Tagged,
        thing_key: &str,
        by: &str,
        at: Option<&str>,
    ) -> Result<bool> {
        require(proof, &[proof.action()], thing_key)?;
        let [record, entry, member, item] = thing.columns();
        Ok(self.run(
            "INSERT INTO tag_link (tag_id, record_id, entry_id, member_id, item_id, tagged_by, tagged_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
            params![tag.id, record, entry, member, item, by, at.unwrap_or(&self.now)],
        )? > 0)
    }

    /// Take a tag off; returns whether it was assigned.
    pub fn untag(
        &self,
        proof: &Granted,
        tag: &LibraryItem,
        thing: Tagged,
        thing_key: &str,
    ) -> Result<bool> {
        require(proof, &[proof.action()], thing_key)?;
        let [record, entry, member, item] = thing.columns();
        Ok(self.run(
            "DELETE FROM tag_link WHERE tag_id = ?1 AND (record_id = ?2 OR entry_id = ?3
             OR member_id = ?4 OR item_id = ?5)",
            params![tag.id, record, entry, member, item],
        )? > 0)
    }

    /// The tags assigned to a thing, by name.
    pub fn tags_of(&self, thing: Tagged) -> Result<Vec<String>> {
        let [record, entry, member, item] = thing.columns();
        Ok(self.all(
            "SELECT t.name FROM tag_link l JOIN library_item t ON t.id = l.tag_id
             WHERE l.record_id = ?1 OR l.entry_id = ?2 OR l.member_id = ?3 OR l.item_id = ?4
             ORDER BY t.name",
            params![record, entry, member, item],
            |r| r.get(0),
        )?)
    }

    /// Every tag assignment of an organisation (or of one tag), each thing as its key.
    pub fn tag_links(&self, org: i64, tag: Option<i64>) -> Result<Vec<TagLink>> {
        Ok(self.all(
            &format!(
                "SELECT t.name, {TAG_TARGET}, l.tagged_by, l.tagged_at FROM tag_link l
                 JOIN library_item t ON t.id = l.tag_id
                 WHERE t.org_id = ?1 AND (CAST(?2 AS BIGINT) IS NULL OR t.id = ?2)
                 ORDER BY t.name, l.id"
            ),
            params![org, tag],
            |r| {
                Ok(TagLink {
                    tag: r.get(0)?,
                    target: r.get(1)?,
                    tagged_by: r.get(2)?,
                    tagged_at: r.get(3)?,
                })
            },
        )?)
    }

    pub fn org_view(&self, org: i64, kind: ViewKind, name: &str) -> Result<Option<OrgView>> {
        Ok(self
            .one(
                "SELECT * FROM org_view WHERE org_id = ?1 AND kind = ?2 AND name = ?3",
                params![org, kind.name(), name],
                OrgView::from_row,
            )
            .optional()?)
    }

    pub fn org_views(&self, org: i64, kind: Option<ViewKind>) -> Result<Vec<OrgView>> {
        Ok(self.all(
            "SELECT * FROM org_view WHERE org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR kind = ?2)
             ORDER BY kind, name",
            params![org, kind.map(ViewKind::name)],
            OrgView::from_row,
        )?)
    }

    /// Save a view, replacing one of the same kind and name.
    pub fn put_org_view(
        &self,
        proof: &Granted,
        org: i64,
        view: &NewView,
        by: &str,
        at: Option<&str>,
    ) -> Result<()> {
        let NewView {
            kind,
            name,
            settings,
        } = *view;
        require(proof, &[proof.action()], "org")?;
        self.run(
            "INSERT INTO org_view (org_id, kind, name, settings, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (org_id, kind, name) DO UPDATE SET settings = excluded.settings",
            params![
                org,
                kind.name(),
                name,
                settings,
                by,
                at.unwrap_or(&self.now)
            ],
        )?;
        Ok(())
    }

    pub fn delete_org_view(&self, proof: &Granted, view: &OrgView) -> Result<()> {
        require(proof, &[proof.action()], "org")?;
        self.run("DELETE FROM org_view WHERE id = ?1", params![view.id])?;
        Ok(())
    }
}
