//! Races (issue 15, point 3): many careward processes started at the same moment on one
//! store, each test asserting a rule careward checks before a change — the last
//! administrator, seats, the free plan's record limit, one dedicated assistant, a
//! transfer's state, the audit chain's head. On SQLite `BEGIN IMMEDIATE` serialises the
//! writers; on PostgreSQL (CAREWARD_TEST_POSTGRES) the write transaction's lock does.
//! Either way every process must see the state the previous writer left, never a stale
//! one. A process that gives up busy (exit 7) did not succeed; it breaks no rule.

use std::collections::BTreeSet;
use std::sync::Barrier;

use serde_json::{Value, json};

use crate::common::records::{ADMIN, KIM, PAT, school};
use crate::common::{CLINIC_ADMIN, Run, TestEnv};

/// The exit code of a process that waited for the store longer than its busy timeout.
const BUSY: i32 = 7;

/// Run every command at once, each in its own careward process, released together by a
/// barrier; their runs, in the order of `commands`. Each waits for the store rather
/// than giving up busy.
fn race(env: &TestEnv, commands: &[Vec<String>]) -> Vec<Run> {
    let start = Barrier::new(commands.len());
    std::thread::scope(|scope| {
        let runs: Vec<_> = commands
            .iter()
            .map(|args| {
                let start = &start;
                scope.spawn(move || {
                    let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
                    all.extend(["--busy-timeout", "120"]);
                    start.wait();
                    env.run(&all)
                })
            })
            .collect();
        let runs: Vec<Run> = runs
            .into_iter()
            .map(|r| r.join().expect("a racing process"))
            .collect();
        // a race where every process gave up busy would prove nothing
        assert!(
            runs.iter().any(|r| r.code != BUSY),
            "every process gave up busy:\n{runs:#?}"
        );
        runs
    })
}

/// `careward ARGS… --as ACTOR` as owned strings, for [`race`].
fn cmd(actor: &str, args: &[&str]) -> Vec<String> {
    args.iter()
        .copied()
        .chain(["--as", actor])
        .map(String::from)
        .collect()
}

/// Assert that a run that lost its race exited with one of `codes` (or busy) and
/// stderr's first line begins with `error: {message}`; never a crash.
#[track_caller]
fn lost(run: &Run, codes: &[i32], message: &str) {
    if run.code == BUSY {
        return;
    }
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        codes.contains(&run.code) && first.starts_with(&format!("error: {message}")),
        "a losing run should exit {codes:?} with {message:?}:\n{}",
        run.transcript()
    );
}

fn json_list(env: &TestEnv, actor: &str, args: &[&str]) -> Vec<Value> {
    match env.json_as(actor, args) {
        Value::Array(rows) => rows,
        other => panic!("not a list: {other}"),
    }
}

/// The active holders of `role`, as `role list` shows them to `actor`.
fn holders(env: &TestEnv, actor: &str, org: &str, role: &str) -> BTreeSet<String> {
    json_list(env, actor, &["role", "list", "--org", org])
        .iter()
        .find(|r| r["role"] == role)
        .and_then(|r| r["holders"].as_array())
        .expect("the role is listed")
        .iter()
        .map(|e| e.as_str().expect("an email").to_string())
        .collect()
}

// ----- the last administrator ---------------------------------------------------------

/// "Two administrators removing each other's administrator role at the same moment
/// cannot both succeed" (issue 15), eight times at once: eight organisations of two
/// administrators each, sixteen processes.
#[test]
fn two_administrators_removing_each_other_cannot_both_succeed() {
    let env = TestEnv::new();
    let orgs: Vec<(String, String, String)> = (1..=8)
        .map(|i| {
            (
                format!("o{i}"),
                format!("a@o{i}.org"),
                format!("b@o{i}.org"),
            )
        })
        .collect();
    for (org, a, b) in &orgs {
        env.run(&[
            "org",
            "init",
            org,
            "--name",
            org,
            "--kind",
            "clinic",
            "--policy",
            "group-practice",
            "--admin",
            a,
        ])
        .ok();
        env.as_(
            a,
            &[
                "member",
                "invite",
                b,
                "--accepted",
                "--role",
                "administrator",
                "--org",
                org,
            ],
        )
        .ok();
    }
    let commands: Vec<Vec<String>> = orgs
        .iter()
        .flat_map(|(org, a, b)| {
            [
                cmd(a, &["role", "remove", b, "administrator", "--org", org]),
                cmd(b, &["role", "remove", a, "administrator", "--org", org]),
            ]
        })
        .collect();
    let runs = race(&env, &commands);
    for ((org, a, b), pair) in orgs.iter().zip(runs.chunks(2)) {
        let won: Vec<&str> = [(a, &pair[0]), (b, &pair[1])]
            .iter()
            .filter(|(_, r)| r.code == 0)
            .map(|(who, _)| who.as_str())
            .collect();
        assert!(
            won.len() == 1 || (won.is_empty() && pair.iter().any(|r| r.code == BUSY)),
            "{org}: {} of the two removals succeeded:\n{}{}",
            won.len(),
            pair[0].transcript(),
            pair[1].transcript()
        );
        for r in pair {
            if r.code != 0 {
                // the loser is no administrator any more (denied), or would be the last (conflict)
                lost(r, &[3, 5], "");
            }
        }
        let Some(winner) = won.first() else { continue };
        assert_eq!(
            holders(&env, winner, org, "administrator"),
            BTreeSet::from([winner.to_string()]),
            "{org} keeps exactly its winner as administrator"
        );
    }
}

/// Eight administrators, each removing the next one's administrator role, all at once:
/// the organisation keeps an administrator, and, read in the trail's order, every
/// removal that succeeded was made by someone who still was an administrator then.
#[test]
fn a_ring_of_administrators_removing_each_other_keeps_one() {
    let env = TestEnv::org("clinic");
    let admins: Vec<String> = std::iter::once(ADMIN.to_string())
        .chain((1..8).map(|i| format!("adm{i}@demo.org")))
        .collect();
    for a in &admins[1..] {
        env.add(a, &["administrator"]);
    }
    let before = env.audit(&[]).len();
    let commands: Vec<Vec<String>> = (0..admins.len())
        .map(|i| {
            let next = &admins[(i + 1) % admins.len()];
            cmd(&admins[i], &["role", "remove", next, "administrator"])
        })
        .collect();
    let runs = race(&env, &commands);
    let mut removed = BTreeSet::new();
    for (i, run) in runs.iter().enumerate() {
        if run.code == 0 {
            removed.insert(admins[(i + 1) % admins.len()].clone());
        } else {
            lost(run, &[3, 5], "");
        }
    }
    let left: BTreeSet<String> = admins
        .iter()
        .filter(|a| !removed.contains(*a))
        .cloned()
        .collect();
    assert!(
        !left.is_empty(),
        "every administrator was removed:\n{runs:#?}"
    );
    let someone = left.iter().next().expect("an administrator");
    assert_eq!(holders(&env, someone, "demo", "administrator"), left);

    // Replay the race's events in the trail's order: a removal succeeds only while its
    // actor is an administrator, and never removes the last one.
    let mut current: BTreeSet<String> = admins.iter().cloned().collect();
    let events = json_list(&env, someone, &["audit", "log"]);
    let raced = &events[before..];
    assert_eq!(raced.len(), runs.iter().filter(|r| r.code != BUSY).count());
    for e in raced {
        let actor = e["actor"].as_str().expect("an actor").to_string();
        let target = e["target"].as_str().expect("a target");
        let member = target.strip_prefix("member:").unwrap_or(target).to_string();
        if e["outcome"] == "allowed" {
            assert!(
                current.contains(&actor),
                "{actor} removed {member} while no administrator: {e}"
            );
            assert!(
                current.remove(&member),
                "{member} was no administrator: {e}"
            );
            assert!(
                !current.is_empty(),
                "the last administrator was removed: {e}"
            );
        } else {
            assert!(
                !current.contains(&actor) || current.len() == 1,
                "{actor}'s removal of {member} was refused while it was allowed: {e}"
            );
        }
    }
    assert_eq!(current, left);
}

// ----- seats ----------------------------------------------------------------------------

/// Imports that each fit the free seats but not together: not all land, the members
/// never outnumber the seats, and each refused import changed nothing.
#[test]
fn imports_that_each_fit_the_seats_but_not_together_cannot_all_land() {
    let env = TestEnv::org_with("clinic", &["--seats", "10"]);
    // 9 seats free; 8 files of 3 people each: each fits, any 4 together do not.
    let files: Vec<Vec<String>> = (0..8)
        .map(|f| (0..3).map(|p| format!("p{f}x{p}@example.org")).collect())
        .collect();
    for (f, people) in files.iter().enumerate() {
        let rows: String = people
            .iter()
            .map(|e| format!("{e},practitioner\n"))
            .collect();
        env.write(&format!("f{f}.csv"), &format!("email,roles\n{rows}"));
    }
    let commands: Vec<Vec<String>> = (0..files.len())
        .map(|f| cmd(ADMIN, &["member", "invite", "--csv", &format!("f{f}.csv")]))
        .collect();
    let runs = race(&env, &commands);
    let members: BTreeSet<String> = json_list(&env, ADMIN, &["member", "list"])
        .iter()
        .map(|m| m["email"].as_str().expect("an email").to_string())
        .collect();
    let mut landed = 0;
    for (run, people) in runs.iter().zip(&files) {
        let present = people.iter().filter(|e| members.contains(*e)).count();
        if run.code == 0 {
            landed += 1;
            assert_eq!(
                present,
                3,
                "a landed import is whole:\n{}",
                run.transcript()
            );
        } else {
            lost(run, &[5], "not enough seats: this needs 3, ");
            assert_eq!(
                present,
                0,
                "a refused import changed nothing:\n{}",
                run.transcript()
            );
        }
    }
    let busy = runs.iter().filter(|r| r.code == BUSY).count();
    assert!(
        landed == 3 || (landed < 3 && busy > 0),
        "{landed} imports of 3 landed in 9 free seats:\n{runs:#?}"
    );
    let org = env.json_as(ADMIN, &["org", "show"]);
    assert_eq!(org["seats_used"], json!(1 + 3 * landed));
    assert_eq!(members.len(), 1 + 3 * landed);
    assert!(org["seats_used"].as_u64() <= Some(10));
}

// ----- the free plan's record limit -----------------------------------------------------

/// Related article "CSV invitations": "Free plan: unlimited members, but at most 5
/// client records in total"; twelve records created at once in a school holding one.
#[test]
fn records_created_at_once_never_pass_the_free_plans_limit() {
    let env = school();
    let commands: Vec<Vec<String>> = (0..12)
        .map(|i| {
            let who = if i % 2 == 0 { PAT } else { KIM };
            cmd(
                who,
                &["record", "create", "--client", &format!("Client {i}")],
            )
        })
        .collect();
    let runs = race(&env, &commands);
    let mut created = 0;
    for run in &runs {
        if run.code == 0 {
            created += 1;
        } else {
            lost(
                run,
                &[5],
                "the free plan holds at most 5 client records, active and archived together: 5 are there, and the new record would make 6",
            );
        }
    }
    let busy = runs.iter().filter(|r| r.code == BUSY).count();
    assert!(
        created == 4 || (created < 4 && busy > 0),
        "{created} records were created beside 1 on a plan of 5:\n{runs:#?}"
    );
    let records = json_list(&env, PAT, &["record", "list"]).len()
        + json_list(&env, KIM, &["record", "list"]).len();
    assert_eq!(records, 1 + created);
}

// ----- one dedicated assistant ----------------------------------------------------------

/// Seed 004: "A therapist can have only one dedicated assistant"; eight assistants
/// assigned at once to each of two therapists.
#[test]
fn assistants_assigned_at_once_leave_each_therapist_one_dedicated_assistant() {
    let env = TestEnv::clinic();
    let therapists = ["psy@clinic.org", "psl@clinic.org"];
    env.as_(
        CLINIC_ADMIN,
        &[
            "member",
            "invite",
            therapists[0],
            "--accepted",
            "--role",
            "psychiatrist",
        ],
    )
    .ok();
    env.as_(
        CLINIC_ADMIN,
        &[
            "member",
            "invite",
            therapists[1],
            "--accepted",
            "--role",
            "psychologist",
        ],
    )
    .ok();
    let assistants: Vec<String> = (0..16).map(|i| format!("as{i}@clinic.org")).collect();
    for a in &assistants {
        env.as_(
            CLINIC_ADMIN,
            &["member", "invite", a, "--accepted", "--role", "assistant"],
        )
        .ok();
    }
    let commands: Vec<Vec<String>> = assistants
        .iter()
        .enumerate()
        .map(|(i, a)| {
            cmd(
                CLINIC_ADMIN,
                &["assistant", "assign", a, "--to", therapists[i % 2]],
            )
        })
        .collect();
    let runs = race(&env, &commands);
    let list = json_list(&env, CLINIC_ADMIN, &["assistant", "list"]);
    for (t, therapist) in therapists.iter().enumerate() {
        let won: Vec<&str> = runs
            .iter()
            .zip(&assistants)
            .skip(t)
            .step_by(2)
            .filter(|(r, _)| r.code == 0)
            .map(|(_, a)| a.as_str())
            .collect();
        for (run, _) in runs.iter().zip(&assistants).skip(t).step_by(2) {
            if run.code != 0 {
                lost(
                    run,
                    &[5],
                    &format!("{therapist} already has 1 dedicated assistant ("),
                );
            }
        }
        let busy = runs
            .iter()
            .skip(t)
            .step_by(2)
            .filter(|r| r.code == BUSY)
            .count();
        assert!(
            won.len() == 1 || (won.is_empty() && busy > 0),
            "{therapist} got {} dedicated assistants: {won:?}",
            won.len()
        );
        let assigned: Vec<&str> = list
            .iter()
            .filter(|a| a["therapist"] == *therapist)
            .map(|a| a["assistant"].as_str().expect("an email"))
            .collect();
        assert_eq!(assigned, won, "{therapist}'s dedicated assistants");
    }
}

// ----- a transfer's state ---------------------------------------------------------------

/// Three records offered by pat to kim; for each, kim accepts twice and declines twice
/// and pat archives it, all at once: one decision wins, the others find no transfer
/// waiting, and the record ends where the winning decision put it.
#[test]
fn a_transfer_is_decided_once_whatever_races_it() {
    let env = school();
    for client in ["B", "C"] {
        env.as_(PAT, &["record", "create", "--client", client]).ok();
    }
    let records = ["1", "2", "3"];
    for n in records {
        env.as_(PAT, &["record", "transfer", n, "--to", KIM]).ok();
    }
    let per_record = |n: &str| {
        vec![
            cmd(KIM, &["record", "transfer", "accept", n]),
            cmd(KIM, &["record", "transfer", "decline", n]),
            cmd(KIM, &["record", "transfer", "accept", n]),
            cmd(KIM, &["record", "transfer", "decline", n]),
            cmd(PAT, &["record", "archive", n]),
        ]
    };
    let commands: Vec<Vec<String>> = records.iter().flat_map(|n| per_record(n)).collect();
    let runs = race(&env, &commands);
    for (n, runs) in records.iter().zip(runs.chunks(5)) {
        let accepted = [&runs[0], &runs[2]].iter().filter(|r| r.code == 0).count();
        let declined = [&runs[1], &runs[3]].iter().filter(|r| r.code == 0).count();
        let busy = runs[..4].iter().filter(|r| r.code == BUSY).count();
        assert!(
            accepted + declined == 1 || (accepted + declined == 0 && busy > 0),
            "record {n}: {accepted} accepted and {declined} declined:\n{runs:#?}"
        );
        for r in runs[..4].iter().filter(|r| r.code != 0) {
            lost(
                r,
                &[3],
                // waiting for no one, or no longer for kim
                &format!(
                    "{KIM} may not record.receive record:{n}: a rule forbids it: no transfer of record:{n} "
                ),
            );
        }
        let archive = &runs[4];
        let owner = if accepted == 1 { KIM } else { PAT };
        let shown = env.json_as(owner, &["record", "show", n]);
        assert_eq!(shown["owner"], owner, "record {n}");
        if accepted + declined == 1 {
            assert_eq!(shown["pending_transfer_to"], Value::Null, "record {n}");
        }
        if archive.code == 0 {
            // pat archived their own record: only after kim declined it
            assert_eq!(
                (declined, &shown["status"]),
                (1, &json!("archived")),
                "record {n}"
            );
        } else {
            assert_eq!(shown["status"], "active", "record {n}");
            // waiting for kim (conflict), or kim's already (pat may no longer act on it)
            lost(archive, &[3, 4, 5], "");
        }
    }
}

// ----- the audit chain ------------------------------------------------------------------

/// Sixteen processes changing the organisation at once, a few of them refused: the
/// chain does not fork. `audit verify` passes (it checks every event's place, 1..N,
/// without gaps or duplicates, and that the head is the newest event), and the head's
/// place is the number of events: one per process that ran.
#[test]
fn the_audit_chain_never_forks() {
    let env = TestEnv::org("clinic");
    env.add("bob@demo.org", &["practitioner"]);
    let before = env.audit(&[]);
    let commands: Vec<Vec<String>> = (0..16)
        .map(|i| {
            let email = format!("m{i}@demo.org");
            match i % 4 {
                // a practitioner may not invite: refused, and audited
                3 => cmd(
                    "bob@demo.org",
                    &["member", "invite", &email, "--role", "practitioner"],
                ),
                2 => cmd(
                    ADMIN,
                    &[
                        "member",
                        "invite",
                        &email,
                        "--accepted",
                        "--role",
                        "coordinator",
                    ],
                ),
                _ => cmd(
                    ADMIN,
                    &["member", "invite", &email, "--role", "practitioner"],
                ),
            }
        })
        .collect();
    let runs = race(&env, &commands);
    for (i, run) in runs.iter().enumerate() {
        if i % 4 == 3 {
            lost(run, &[3], "bob@demo.org may not member.invite");
        } else if run.code != BUSY {
            run.ok();
        }
    }
    let ran = runs.iter().filter(|r| r.code != BUSY).count();
    let verify = env.json_as(ADMIN, &["audit", "verify"]);
    assert_eq!(verify["status"], "ok", "{verify}");
    let events = verify["events"].as_u64().expect("a count") as usize;
    assert_eq!(events, before.len() + ran, "{verify}");
    let heads = json_list(&env, ADMIN, &["audit", "head"]);
    let head = heads
        .iter()
        .find(|h| h["org"] == "demo")
        .expect("demo's head");
    assert_eq!(head["seq"], json!(events), "{head}");
    let log = env.audit(&[]);
    assert_eq!(log.len(), events);
    assert_eq!(
        log[..before.len()],
        before[..],
        "the events before the race are unchanged"
    );
    let ids: Vec<u64> = log
        .iter()
        .map(|e| e["id"].as_u64().expect("an id"))
        .collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "ids in order, each once: {ids:?}"
    );
    assert_eq!(head["event"], json!(ids.last()), "{head}");
}
