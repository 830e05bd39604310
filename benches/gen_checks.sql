-- benches/checks.sh's organisation, written straight into a careward store that `org init`
-- made (org 1, its administrator member 1): :N records, members ≈ records/50, 10 schools,
-- 100 teams, half the records shared (a quarter with a member, a quarter with a team).
-- The shape (who is owner, collaborator, team member, manager of which record) is a
-- formula of the numbers, which gen_batch in checks.sh uses to write the batch.
--
--   member u{i}@b.example, i in 1..P (P = N/50, at least 200): u1..u5 coordinators,
--   u6..u15 managers, the rest practitioners; u{i} works at school s{i%10}
--   and is in team t{i%100}.
--   record r (1..N): owned by u{16 + r % (P-16)}, at school s{r%10}; r%4 = 0 is shared
--   with u{16 + (7r) % (P-16)} at level read; r%4 = 2 with team t{r%100} at level write.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TEMP TABLE k AS SELECT CAST(:N AS INTEGER) AS n, max(200, CAST(:N AS INTEGER) / 50) AS p;
UPDATE org SET kind = 'school' WHERE id = 1;
INSERT INTO location (id, org_id, slug, name, created_at)
WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 9)
SELECT i + 1, 1, 's' || i, 'School ' || i, '2026-01-01T00:00:00Z' FROM s;
INSERT INTO team (id, org_id, slug, name, created_at)
WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 99)
SELECT i + 1, 1, 't' || i, 'Team ' || i, '2026-01-01T00:00:00Z' FROM s;
INSERT INTO member (id, org_id, email, status, invited_by, invited_at, status_since)
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < (SELECT p FROM k))
SELECT i + 1, 1, 'u' || i || '@b.example', 'active', 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM s;
INSERT INTO member_role (member_id, role)
SELECT id, CASE WHEN id - 1 <= 5 THEN 'coordinator' WHEN id - 1 <= 15 THEN 'manager' ELSE 'practitioner' END
FROM member WHERE id > 1;
INSERT INTO member_location (member_id, location_id) SELECT id, (id - 1) % 10 + 1 FROM member WHERE id > 1;
INSERT INTO team_member (team_id, member_id) SELECT (id - 1) % 100 + 1, id FROM member WHERE id > 1;
INSERT INTO record (id, org_id, number, external_id, client, owner_id, creator, creator_id, location_id,
                    created_at, status_since, owner_since)
WITH RECURSIVE s(r) AS (SELECT 1 UNION ALL SELECT r + 1 FROM s WHERE r < (SELECT n FROM k))
SELECT r, 1, r, 'E' || r, 'Client ' || r, 16 + r % (p - 16) + 1, 'bench', NULL, r % 10 + 1,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM s, k;
INSERT INTO share (record_id, member_id, team_id, level, shared_by, shared_at)
SELECT r.id, CASE WHEN r.number % 4 = 0 THEN 16 + (7 * r.number) % (k.p - 16) + 1 END,
       CASE WHEN r.number % 4 = 2 THEN r.number % 100 + 1 END,
       CASE WHEN r.number % 4 = 0 THEN 'read' ELSE 'write' END, 'bench', '2026-01-01T00:00:00Z'
FROM record r, k WHERE r.number % 2 = 0;
-- the row changes the trail's triggers logged: rows made outside careward, not ours to replay
DELETE FROM audit_change;
COMMIT;
