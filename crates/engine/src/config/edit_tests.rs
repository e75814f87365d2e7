use serde_json::json;

use super::*;

const SRC: &str = "# The lab.\npipeline:\n  monitoring:\n    interval: 1s # fast\n\ncomponents:\n  # first one\n  - name: api\n    # its check\n    check:\n      http: { url: \"http://127.0.0.1:8080/health\" }\n\n  # the second\n  - name: db\n    check: { tcp: { addr: \"127.0.0.1:5432\" } }\n    critical: true\n# trailing comment\nhosts: []\n";

fn names(src: &str) -> Vec<String> {
    let l = yaml::load(src).unwrap();
    l.value["components"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn replacing_an_entry_keeps_every_other_byte() {
    let v = json!({"name": "api", "check": {"tcp": {"addr": "127.0.0.1:9"}}, "critical": true});
    let out = upsert_named(SRC, "/components", "name", "api", &v).unwrap();
    let expected = SRC.replace(
        "  - name: api\n    # its check\n    check:\n      http: { url: \"http://127.0.0.1:8080/health\" }\n",
        "  - name: api\n    check:\n      tcp:\n        addr: \"127.0.0.1:9\"\n    critical: true\n",
    );
    assert_eq!(out, expected);
    let l = yaml::load(&out).unwrap();
    assert_eq!(l.value["components"][0]["check"]["tcp"]["addr"], "127.0.0.1:9");
    assert_eq!(l.value["components"][1]["name"], "db");
}

#[test]
fn appending_goes_after_the_last_entry_and_before_trailing_comments() {
    let v = json!({"name": "cache", "check": {"command": {"run": ["true"]}}});
    let out = upsert_named(SRC, "/components", "name", "cache", &v).unwrap();
    assert!(out.starts_with(SRC.split("# trailing comment").next().unwrap()), "{out}");
    assert!(out.contains("    critical: true\n  - name: cache\n    check:\n      command:\n        run:\n          - \"true\"\n# trailing comment\nhosts: []\n"), "{out}");
    assert_eq!(names(&out), ["api", "db", "cache"]);
}

#[test]
fn removing_keeps_the_comments_around_the_entry() {
    let out = remove_named(SRC, "/components", "name", "db").unwrap();
    assert_eq!(
        out,
        SRC.replace("  - name: db\n    check: { tcp: { addr: \"127.0.0.1:5432\" } }\n    critical: true\n", "")
    );
    assert_eq!(names(&out), ["api"]);
    let out = remove_named(&out, "/components", "name", "api").unwrap();
    let l = yaml::load(&out).unwrap();
    assert_eq!(l.value["components"], json!([]));
    assert!(
        out.contains("# The lab.\n") && out.contains("interval: 1s # fast\n") && out.contains("# trailing comment\n")
    );
    assert_eq!(remove_named(SRC, "/components", "name", "nope"), Err(EditError::NotFound("nope".into())));
}

#[test]
fn a_missing_or_empty_list_is_created() {
    let src = "pipeline:\n  region: eu-west # here\n";
    let out = upsert_named(src, "/components", "name", "a", &json!({"name": "a"})).unwrap();
    assert_eq!(out, "pipeline:\n  region: eu-west # here\ncomponents:\n  - name: a\n");
    let src = "# top\ncomponents: []\n# end\n";
    let out = upsert_named(src, "/components", "name", "a", &json!({"name": "a"})).unwrap();
    assert_eq!(out, "# top\ncomponents:\n  - name: a\n# end\n");
    // A list nested in a mapping (notification channels).
    let src = "pipeline:\n  notifications:\n    enabled: true\n  region: eu-west\ncomponents: []\n";
    let out =
        upsert_named(src, "/pipeline/notifications/channels", "name", "ops", &json!({"name": "ops", "desktop": {}}))
            .unwrap();
    assert_eq!(
        out,
        "pipeline:\n  notifications:\n    enabled: true\n    channels:\n      - name: ops\n        desktop: {}\n  region: eu-west\ncomponents: []\n"
    );
    let l = yaml::load(&out).unwrap();
    assert_eq!(l.value["pipeline"]["notifications"]["channels"][0]["desktop"], json!({}));
    assert!(matches!(
        upsert_named("pipeline: {a: 1}\n", "/pipeline/x", "name", "a", &json!({"name": "a"})),
        Err(EditError::FlowStyle(_))
    ));
    assert!(matches!(
        upsert_named("pipeline: {}\n", "/pipeline/x/y", "name", "a", &json!({"name": "a"})),
        Err(EditError::MissingParent(_))
    ));
}

#[test]
fn a_file_without_a_final_newline_and_a_dash_alone_on_its_line() {
    let src = "components:\n-\n  name: a\n  critical: true\n- name: b";
    let out = upsert_named(src, "/components", "name", "b", &json!({"name": "b", "sla": 99.5})).unwrap();
    assert_eq!(
        out, "components:\n-\n  name: a\n  critical: true\n- name: b\n  sla: 99.5",
        "no final newline, as before"
    );
    let out = upsert_named(src, "/components", "name", "a", &json!({"name": "a2"})).unwrap();
    assert_eq!(out, "components:\n- name: a2\n- name: b");
}

#[test]
fn flow_lists_and_bad_values_are_refused_and_nothing_is_returned() {
    let src = "components: [{name: a}]\n";
    assert!(matches!(
        upsert_named(src, "/components", "name", "a", &json!({"name": "a"})),
        Err(EditError::FlowStyle(_))
    ));
    assert_eq!(upsert_named(SRC, "/components", "name", "a", &json!([1])), Err(EditError::NotAMapping));
    assert!(matches!(upsert_named("a: [\n", "/components", "name", "a", &json!({})), Err(EditError::Syntax { .. })));
    assert!(matches!(
        upsert_named("components: 3\n", "/components", "name", "a", &json!({})),
        Err(EditError::NotAList(_))
    ));
}

#[test]
fn set_field_changes_or_adds_one_line() {
    let out = set_field(SRC, "/components", "name", "db", "paused", Some(&json!(true))).unwrap();
    assert_eq!(out, SRC.replace("    critical: true\n", "    critical: true\n    paused: true\n"));
    let out2 = set_field(&out, "/components", "name", "db", "paused", Some(&json!(false))).unwrap();
    assert_eq!(out2, SRC.replace("    critical: true\n", "    critical: true\n    paused: false\n"));
    let back = set_field(&out, "/components", "name", "db", "paused", None).unwrap();
    assert_eq!(back, SRC);
    // The field on the dash line: the entry is rewritten, the rest kept.
    let src = "components:\n  - paused: true\n    name: a\n# end\n";
    let out = set_field(src, "/components", "name", "a", "paused", None).unwrap();
    assert_eq!(out, "components:\n  - name: a\n# end\n");
    assert_eq!(entry(SRC, "/components", "name", "db").unwrap().unwrap()["critical"], true);
}

#[test]
fn strings_that_look_like_other_things_stay_strings() {
    let v = json!({"name": "x", "tags": {"a": "true", "b": "1.5", "c": "# not a comment", "d": "a: b", "e": "line\nbreak"}, "sla": 99.9});
    let out = upsert_named("components: []\n", "/components", "name", "x", &v).unwrap();
    let l = yaml::load(&out).unwrap();
    assert_eq!(l.value["components"][0], v, "{out}");
}

#[test]
fn atomic_write_replaces_the_file_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.yaml");
    std::fs::write(&p, "old\n").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_atomically(&p, "new\n").unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "new\n");
    assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o640);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
}

#[test]
fn update_file_writes_only_what_the_change_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.yaml");
    std::fs::write(&p, SRC).unwrap();
    let r: Result<String, std::io::Error> = update_file(&p, |_| Err(std::io::Error::other("refused")));
    assert!(r.is_err());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), SRC);
    let out =
        update_file(&p, |src| remove_named(src, "/components", "name", "db").map_err(std::io::Error::other)).unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), out);
    assert_eq!(names(&out), ["api"]);
}

#[test]
fn validator_errors_map_to_the_fields_of_the_entry() {
    let src = "components:\n  - name: ok\n    check: { tcp: { addr: \"127.0.0.1:1\" } }\n";
    let v = json!({"name": "bad", "check": {"http": {"url": "ftp://x", "expect_status": "two hundred"}, "interval": "soon"}, "colour": "red"});
    let text = upsert_named(src, "/components", "name", "bad", &v).unwrap();
    let errs = crate::config::load_str(&text, "lab.yaml", std::path::Path::new("."), &Default::default()).unwrap_err();
    let got = field_problems(&text, &errs, "/components", "name", "bad");
    assert!(!got.is_empty());
    for p in &got {
        assert!(p.message.starts_with("lab.yaml:"), "{p:?}");
        let f = p.field.as_deref().unwrap_or_else(|| panic!("no field for {p:?}"));
        assert!(
            ["/colour", "/check/http/expect_status", "/check/http/url", "/check/interval", ""].contains(&f),
            "{p:?}"
        );
    }
    assert!(got.iter().any(|p| p.field.as_deref() == Some("/check/http/expect_status")), "{got:?}");
    // An unknown key points at the key.
    let v = json!({"name": "bad", "check": {"tcp": {"addr": "127.0.0.1:2"}}, "colour": "red"});
    let text = upsert_named(src, "/components", "name", "bad", &v).unwrap();
    let errs = crate::config::load_str(&text, "lab.yaml", std::path::Path::new("."), &Default::default()).unwrap_err();
    let got = field_problems(&text, &errs, "/components", "name", "bad");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].field.as_deref(), Some("/colour"), "{got:?}");
    assert!(got[0].message.starts_with("lab.yaml:8:5: "), "{got:?}\n{text}");
    // A missing field is shown beside itself, not beside its parent.
    let v = json!({"name": "bad", "check": {"http": {"method": "GET"}}});
    let text = upsert_named(src, "/components", "name", "bad", &v).unwrap();
    let errs = crate::config::load_str(&text, "lab.yaml", std::path::Path::new("."), &Default::default()).unwrap_err();
    let got = field_problems(&text, &errs, "/components", "name", "bad");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].field.as_deref(), Some("/check/http/url"), "{got:?}");
}
