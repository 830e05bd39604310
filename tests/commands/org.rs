//! `careward org`.

use crate::common::TestEnv;

#[test]
fn init_creates_the_store_private_with_its_first_administrator() {
    let env = TestEnv::new();
    let run = env.run(&[
        "org",
        "init",
        "demo",
        "--name",
        "Demo",
        "--kind",
        "clinic",
        "--policy",
        "group-practice",
        "--admin",
        " Admin@Demo.ORG ",
        "--format",
        "json",
    ]);
    run.ok();
    let org = run.json();
    assert_eq!(org["slug"], "demo");
    assert_eq!(org["admin"], "admin@demo.org");
    assert_eq!(org["admin_roles"], serde_json::json!(["administrator"]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let me = env.as_(
        "admin@demo.org",
        &["member", "show", "admin@demo.org", "--format", "json"],
    );
    assert_eq!(me.ok().json()["status"], "active");
}
