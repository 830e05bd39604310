//! `careward space`: create, list, show, invite, members, leave, archive and post — the
//! wiring, output, refusals and audit events. The sharing rules of spaces are in
//! tests/seeds/contents.rs.

use serde_json::{Value, json};

use crate::common::contents::{NED, practice};
use crate::common::records::{ADMIN, KIM, LEE, PAT, audit, column, json_as, school};

/// `space create NAME` as `actor`: the space's id.
fn create(env: &crate::common::TestEnv, actor: &str, name: &str) -> String {
    json_as(env, actor, &["space", "create", name])["id"].to_string()
}

#[test]
fn create_prints_the_space_and_how_to_invite() {
    let env = school();
    let run = env.as_(
        PAT,
        &[
            "space",
            "create",
            "  Sam's team ",
            "--from-record",
            "1",
            "--format",
            "json",
        ],
    );
    run.ok()
        .stderr_has("create space:1; invite its members with careward space invite 1");
    assert_eq!(
        run.json(),
        json!({
            "id": 1, "name": "Sam's team", "client": "Sam Lee", "record": 1, "creator": PAT,
            "status": "active", "created_at": "2026-11-23T09:00:00Z", "posts": 0,
        })
    );
    let events = audit(&env, &["--action", "space.create"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["target"], "space:1");
    assert_eq!(
        events[0]["details"],
        json!({ "name": "Sam's team", "from_record": 1 })
    );
}

#[test]
fn create_refuses_a_blank_name_support_staff_and_a_dry_run_changes_nothing() {
    let env = school();
    env.as_(PAT, &["space", "create", "   "])
        .code(6)
        .error("a space needs a name");
    env.as_(PAT, &["space", "create"]).code(2);
    env.as_(
        "support:sam",
        &["space", "create", "Room", "--reason", "ticket 4"],
    )
    .code(3);
    let before = env.snapshot();
    env.as_(PAT, &["space", "create", "Room", "--dry-run"])
        .ok()
        .stderr_has("dry run: would create space:1");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn list_shows_only_the_actors_spaces() {
    let env = school();
    let a = create(&env, PAT, "A");
    let b = create(&env, KIM, "B");
    json_as(&env, KIM, &["space", "invite", &b, "--member", PAT]);
    let run = env.as_(PAT, &["space", "list", "--format", "csv"]);
    run.ok();
    assert_eq!(
        run.stdout,
        format!(
            "id,name,client,record,creator,status,created_at,posts\n\
             {a},A,,,{PAT},active,2026-11-23T09:00:00Z,0\n\
             {b},B,,,{KIM},active,2026-11-23T09:00:00Z,0\n"
        )
    );
    assert_eq!(
        column(&json_as(&env, KIM, &["space", "list"]), "id"),
        vec![b]
    );
    assert_eq!(json_as(&env, LEE, &["space", "list"]), json!([]));
    // support staff are in no space
    assert_eq!(
        json_as(&env, "support:sam", &["space", "list", "--reason", "t"]),
        json!([])
    );
}

#[test]
fn show_and_members_are_for_members_of_the_space() {
    let env = school();
    let s = create(&env, PAT, "A");
    // a space one is not in answers as a missing one does: no oracle of space ids
    env.as_(PAT, &["space", "show", "9"])
        .code(3)
        .error("pat@demo.org may not space.view space:9: no grant of space.view reaches space:9; pat@demo.org holds practitioner");
    for verb in ["show", "members"] {
        env.as_(KIM, &["space", verb, &s])
            .code(3)
            .stderr_has(&format!("{KIM} may not space.view space:{s}"));
    }
    let members = json_as(&env, PAT, &["space", "members", &s]);
    assert_eq!(
        members,
        json!([{ "member": PAT, "invited_by": PAT, "invited_at": "2026-11-23T09:00:00Z" }])
    );
}

#[test]
fn invite_a_member_or_a_team_once() {
    let env = practice();
    let s = create(&env, PAT, "A");
    env.as_(PAT, &["space", "invite", &s]).code(2);
    env.as_(
        PAT,
        &["space", "invite", &s, "--member", KIM, "--team", "tsa"],
    )
    .code(2);
    env.as_(PAT, &["space", "invite", &s, "--member", "nobody@demo.org"])
        .code(4);
    env.as_(PAT, &["space", "invite", &s, "--team", "nope"])
        .code(4);
    let run = env.as_(
        PAT,
        &[
            "space",
            "invite",
            &s,
            "--member",
            "  KIM@demo.org ",
            "--format",
            "json",
        ],
    );
    run.ok().stderr_has(&format!("invite {KIM} into space:{s}"));
    assert_eq!(
        run.json(),
        json!({ "space": s.parse::<i64>().unwrap(), "invited": KIM, "added": true })
    );
    let run = env.as_(
        PAT,
        &["space", "invite", &s, "--member", KIM, "--format", "json"],
    );
    run.ok()
        .stderr_has(&format!("{KIM} is already in space:{s}: nothing to do"));
    assert_eq!(run.json()["added"], false);
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    let run = env.as_(
        KIM,
        &["space", "invite", &s, "--team", "tsa", "--format", "json"],
    );
    run.ok();
    assert_eq!(run.json()["invited"], "team:tsa");
    let members = json_as(&env, PAT, &["space", "members", &s]);
    assert_eq!(column(&members, "member"), vec![PAT, KIM, "team:tsa"]);
    let events = audit(&env, &["--action", "space.invite"]);
    let invited: Vec<Value> = events
        .iter()
        .map(|e| e["details"]["invited"].clone())
        .collect();
    assert_eq!(invited, vec![json!(KIM), json!("team:tsa")]);
    // an inactive member cannot be invited
    json_as(&env, ADMIN, &["member", "deactivate", LEE]);
    env.as_(PAT, &["space", "invite", &s, "--member", LEE])
        .code(5)
        .error(&format!("{LEE} is inactive"));
}

#[test]
fn leave_takes_a_member_out() {
    let env = practice();
    let s = create(&env, PAT, "A");
    json_as(&env, PAT, &["space", "invite", &s, "--member", KIM]);
    let run = env.as_(KIM, &["space", "leave", &s, "--format", "json"]);
    run.ok().stderr_has(&format!("leave space:{s}"));
    assert_eq!(
        run.json(),
        json!({ "space": s.parse::<i64>().unwrap(), "left": KIM })
    );
    env.as_(KIM, &["space", "show", &s]).code(3);
    env.as_(KIM, &["space", "leave", &s]).code(3);
    assert_eq!(
        column(&json_as(&env, PAT, &["space", "members", &s]), "member"),
        vec![PAT]
    );
    let events = audit(&env, &["--action", "space.view"]);
    assert_eq!(events[0]["details"], json!({ "left": KIM }));
    // a member through a team is taken out of the team, not out of the space
    env.as_(ADMIN, &["team", "create", "tsa", "--name", "TSA"])
        .ok();
    env.as_(ADMIN, &["team", "add", "tsa", NED]).ok();
    json_as(&env, PAT, &["space", "invite", &s, "--team", "tsa"]);
    env.as_(NED, &["space", "leave", &s])
        .code(5)
        .error(&format!(
            "you are in space:{s} through a team, not on your own"
        ))
        .hint("an administrator can take you out of the team");
    json_as(&env, NED, &["space", "show", &s]);
}

#[test]
fn archive_is_the_creators_and_stops_posts_and_invitations() {
    let env = practice();
    let s = create(&env, PAT, "A");
    json_as(&env, PAT, &["space", "invite", &s, "--member", KIM]);
    let post = json_as(
        &env,
        KIM,
        &[
            "space",
            "post",
            &s,
            "--kind",
            "note",
            "--title",
            "  recess  ",
        ],
    );
    assert_eq!(
        post,
        json!({ "space": s.parse::<i64>().unwrap(), "post": 1, "kind": "note", "title": "recess", "author": KIM })
    );
    env.as_(KIM, &["space", "archive", &s])
        .code(3)
        .stderr_has(&format!("{KIM} may not space.archive space:{s}"));
    let run = env.as_(PAT, &["space", "archive", &s, "--format", "json"]);
    run.ok().stderr_has(&format!("archive space:{s}"));
    assert_eq!(run.json()["status"], "archived");
    env.as_(PAT, &["space", "archive", &s])
        .ok()
        .stderr_has("already archived: nothing to do");
    env.as_(KIM, &["space", "post", &s, "--kind", "note"])
        .code(5)
        .error(&format!("space:{s} is archived"));
    env.as_(KIM, &["space", "invite", &s, "--member", LEE])
        .code(5)
        .error(&format!("space:{s} is archived"));
    // what it held can still be seen by its members
    let shown = json_as(&env, KIM, &["space", "show", &s]);
    assert_eq!(
        (&shown["status"], &shown["posts"]),
        (&json!("archived"), &json!(1))
    );
    assert_eq!(
        column(&json_as(&env, KIM, &["space", "list"]), "status"),
        vec!["archived"]
    );
    assert_eq!(
        audit(&env, &["--action", "space.archive", "--outcome", "allowed"]).len(),
        1
    );
    let posts = audit(&env, &["--action", "space.post", "--outcome", "allowed"]);
    assert_eq!(posts[0]["details"], json!({ "post": 1, "kind": "note" }));
}

#[test]
fn post_needs_a_known_kind_and_membership() {
    let env = school();
    let s = create(&env, PAT, "A");
    env.as_(PAT, &["space", "post", &s]).code(2);
    env.as_(PAT, &["space", "post", &s, "--kind", "memo"])
        .code(2);
    env.as_(KIM, &["space", "post", &s, "--kind", "note"])
        .code(3);
    env.as_(PAT, &["space", "post", "9", "--kind", "note"])
        .code(3);
    let before = env.snapshot();
    env.as_(
        PAT,
        &["space", "post", &s, "--kind", "document", "--dry-run"],
    )
    .ok()
    .stderr_has(&format!("dry run: would post a document to space:{s}"));
    assert_eq!(env.snapshot(), before);
}
