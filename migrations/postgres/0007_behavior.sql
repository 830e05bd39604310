-- careward schema 7 on PostgreSQL: what behavior-charts (seed 003) adds to an
-- organisation — groups of records (performers) and the levels granted on them, the
-- organisation's libraries and where tags are assigned, the library item an entry names,
-- and saved organisation views. The twin of migrations/0007_behavior.sql; the triggers
-- that log these tables' changes are added by the store after this file
-- (src/store/trail.rs, pg_triggers_sql(7)).

-- A group of records: a level granted on it reaches every record in it while it is in it.
CREATE TABLE record_group (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    slug        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    created_by  TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER record_group_next_id BEFORE INSERT ON record_group
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE UNIQUE INDEX record_group_slug ON record_group (org_id, slug);

CREATE TABLE record_group_member (
    group_id    BIGINT NOT NULL REFERENCES record_group (id) ON DELETE CASCADE,
    record_id   BIGINT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    added_by    TEXT COLLATE "C" NOT NULL,
    added_at    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (group_id, record_id)
);

-- `perm check` on a record looks up its groups first.
CREATE INDEX record_group_member_by_record ON record_group_member (record_id);

-- A level on a group, to a member or a team.
CREATE TABLE group_share (
    id          BIGINT PRIMARY KEY,
    group_id    BIGINT NOT NULL REFERENCES record_group (id) ON DELETE CASCADE,
    member_id   BIGINT REFERENCES member (id) ON DELETE CASCADE,
    team_id     BIGINT REFERENCES team (id),
    level       TEXT COLLATE "C" NOT NULL,
    shared_by   TEXT COLLATE "C" NOT NULL,
    shared_at   TEXT COLLATE "C" NOT NULL,
    CHECK ((member_id IS NULL) <> (team_id IS NULL))
);
CREATE TRIGGER group_share_next_id BEFORE INSERT ON group_share
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE UNIQUE INDEX group_share_member ON group_share (group_id, member_id);
CREATE UNIQUE INDEX group_share_team ON group_share (group_id, team_id);
CREATE INDEX group_share_by_member ON group_share (member_id);
CREATE INDEX group_share_by_team ON group_share (team_id);

-- The organisation's libraries: `library` is the policy's name for one (pinpoint, tag,
-- journal-type).
CREATE TABLE library_item (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    library     TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_by  TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER library_item_next_id BEFORE INSERT ON library_item
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE UNIQUE INDEX library_item_name ON library_item (org_id, library, name);

-- A tag assigned to one thing: a record (performer), an entry (chart, journal), a
-- member (user) or a library item (pinpoint). (SQLite adds up the four IS NOT NULL
-- tests; PostgreSQL counts them with num_nonnulls: the same constraint.)
CREATE TABLE tag_link (
    id          BIGINT PRIMARY KEY,
    tag_id      BIGINT NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    record_id   BIGINT REFERENCES record (id) ON DELETE CASCADE,
    entry_id    BIGINT REFERENCES entry (id) ON DELETE CASCADE,
    member_id   BIGINT REFERENCES member (id) ON DELETE CASCADE,
    item_id     BIGINT REFERENCES library_item (id) ON DELETE CASCADE,
    tagged_by   TEXT COLLATE "C" NOT NULL,
    tagged_at   TEXT COLLATE "C" NOT NULL,
    CHECK (num_nonnulls(record_id, entry_id, member_id, item_id) = 1)
);
CREATE TRIGGER tag_link_next_id BEFORE INSERT ON tag_link
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE UNIQUE INDEX tag_link_record ON tag_link (tag_id, record_id);
CREATE UNIQUE INDEX tag_link_entry ON tag_link (tag_id, entry_id);
CREATE UNIQUE INDEX tag_link_member ON tag_link (tag_id, member_id);
CREATE UNIQUE INDEX tag_link_item ON tag_link (tag_id, item_id);

-- The library item an entry names: a chart its pinpoint, a journal its journal type.
ALTER TABLE entry ADD COLUMN item_id BIGINT REFERENCES library_item (id);
CREATE INDEX entry_by_item ON entry (item_id);

-- Saved organisation views (chart views, reporting views) that every member can select:
-- `settings` is the view's filters as JSON.
CREATE TABLE org_view (
    id          BIGINT PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES org (id),
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('chart', 'reporting')),
    name        TEXT COLLATE "C" NOT NULL,
    settings    TEXT COLLATE "C" NOT NULL,
    created_by  TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE TRIGGER org_view_next_id BEFORE INSERT ON org_view
    FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION careward_next_id();

CREATE UNIQUE INDEX org_view_name ON org_view (org_id, kind, name);
