//! Lab hosts reached over SSH: `hosts:` in the config declares each one (address, port, user,
//! key file, known_hosts file), and a command check or a `run` recovery step with `on: HOST`
//! runs there instead of locally.
//!
//! The system `ssh` client is started with an argv array (never through a local shell) and
//! options that leave nothing to chance: no user or system ssh config (`-F /dev/null`), only
//! the declared key (`IdentitiesOnly`), no password or keyboard prompts (`BatchMode`), and host
//! keys checked against the declared known_hosts file alone (`StrictHostKeyChecking=yes`, the
//! global file disabled, never updated): an unknown or changed host key fails the step and runs
//! nothing. The remote side receives one command line in which every argument is quoted for a
//! POSIX shell, so `$HOME`, `;` or spaces in an argument stay literal.
//!
//! Validation turns `{run: [...], on: lab1}` into a plain `run` of this `ssh` argv, so the
//! supervisor, the checks and the healing ladder need no remote-specific code.

use std::path::PathBuf;
use std::time::Duration;

/// One declared lab host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostSpec {
    pub name: String,
    pub address: String,
    pub port: u16,
    pub user: String,
    pub key_file: PathBuf,
    pub known_hosts: PathBuf,
    pub connect_timeout: Duration,
}

/// Quote one argument for a POSIX shell: `'…'`, with `'` written `'\''`.
pub fn shell_quote(arg: &str) -> String {
    if !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_./=:,@+%".contains(&b)) {
        return arg.to_string();
    }
    format!("'{}'", arg.replace('\'', r"'\''"))
}

/// The remote command line for an argv: each argument quoted, joined by spaces.
pub fn remote_command(argv: &[String]) -> String {
    argv.iter().map(|a| shell_quote(a)).collect::<Vec<_>>().join(" ")
}

/// The local argv that runs `remote_argv` on `host` with the system `ssh` client.
pub fn ssh_argv(host: &HostSpec, remote_argv: &[String]) -> Vec<String> {
    let opt = |o: String| ["-o".to_string(), o];
    let mut a = vec!["ssh".to_string(), "-F".into(), "/dev/null".into()];
    for o in [
        "BatchMode=yes".to_string(),
        "StrictHostKeyChecking=yes".into(),
        format!("UserKnownHostsFile={}", host.known_hosts.display()),
        "GlobalKnownHostsFile=/dev/null".into(),
        "UpdateHostKeys=no".into(),
        "CheckHostIP=no".into(),
        "IdentitiesOnly=yes".into(),
        format!("IdentityFile={}", host.key_file.display()),
        "PasswordAuthentication=no".into(),
        "KbdInteractiveAuthentication=no".into(),
        "ForwardAgent=no".into(),
        "ClearAllForwardings=yes".into(),
        format!("ConnectTimeout={}", host.connect_timeout.as_secs().max(1)),
        "ServerAliveInterval=5".into(),
        "ServerAliveCountMax=2".into(),
        "LogLevel=ERROR".into(),
    ] {
        a.extend(opt(o));
    }
    a.extend([
        "-p".into(),
        host.port.to_string(),
        "-l".into(),
        host.user.clone(),
        "--".into(),
        host.address.clone(),
        remote_command(remote_argv),
    ]);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_every_argument_literal() {
        for (arg, quoted) in [
            ("plain", "plain"),
            ("/usr/bin/systemctl", "/usr/bin/systemctl"),
            ("a b", "'a b'"),
            ("$HOME", "'$HOME'"),
            ("x; rm -rf /", "'x; rm -rf /'"),
            ("it's", r"'it'\''s'"),
            ("", "''"),
            ("`id`", "'`id`'"),
            ("*", "'*'"),
        ] {
            assert_eq!(shell_quote(arg), quoted, "{arg}");
        }
        assert_eq!(remote_command(&["echo".into(), "a b".into(), "$X".into()]), "echo 'a b' '$X'");
    }

    #[test]
    fn ssh_argv_verifies_host_keys_and_uses_only_the_declared_key() {
        let h = HostSpec {
            name: "lab1".into(),
            address: "127.0.0.1".into(),
            port: 2222,
            user: "guard".into(),
            key_file: "/k/id".into(),
            known_hosts: "/k/known_hosts".into(),
            connect_timeout: Duration::from_secs(3),
        };
        let a = ssh_argv(&h, &["systemctl".into(), "restart".into(), "my api".into()]);
        let text = a.join(" ");
        for want in [
            "ssh -F /dev/null",
            "-o BatchMode=yes",
            "-o StrictHostKeyChecking=yes",
            "-o UserKnownHostsFile=/k/known_hosts",
            "-o GlobalKnownHostsFile=/dev/null",
            "-o IdentitiesOnly=yes",
            "-o IdentityFile=/k/id",
            "-o ConnectTimeout=3",
            "-p 2222 -l guard -- 127.0.0.1",
        ] {
            assert!(text.contains(want), "missing `{want}` in {text}");
        }
        assert!(!text.contains("StrictHostKeyChecking=no") && !text.contains("accept-new"));
        assert_eq!(a.last().unwrap(), "systemctl restart 'my api'");
    }

    fn load(src: &str, base: &std::path::Path) -> Result<crate::config::Config, Vec<String>> {
        crate::config::load_str(src, "lab.yaml", base, &Default::default())
            .map_err(|e| e.0.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn config_turns_on_host_into_an_ssh_argv_for_checks_and_run_steps() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("id"), "key").unwrap();
        std::fs::write(dir.path().join("known"), "[10.0.0.1]:22 ssh-ed25519 AAAA").unwrap();
        let c = load(
            "hosts:\n  - { name: lab1, address: 10.0.0.1, user: guard, key_file: id, known_hosts: known }\ncomponents:\n  - name: api\n    check: { command: { run: [systemctl, is-active, api], on: lab1 } }\n    recovery: [{ run: [systemctl, restart, api], on: lab1, timeout: 20s }, { run: [/bin/true] }]\n",
            dir.path(),
        )
        .unwrap();
        let api = &c.components[0];
        let crate::config::CheckKind::Command(cmd) = &api.check.kind else { panic!("not a command check") };
        assert_eq!(cmd.argv[0], "ssh");
        assert!(
            cmd.argv.contains(&format!("UserKnownHostsFile={}", dir.path().join("known").display())),
            "{:?}",
            cmd.argv
        );
        assert_eq!(cmd.argv[cmd.argv.len() - 2..], ["10.0.0.1".to_string(), "systemctl is-active api".to_string()]);
        match &api.recovery[0] {
            crate::config::RecoveryStep::Run { argv, timeout } => {
                assert_eq!(
                    (argv[0].as_str(), argv.last().unwrap().as_str(), *timeout),
                    ("ssh", "systemctl restart api", Duration::from_secs(20))
                );
                assert!(argv.iter().any(|a| a == "22"), "default port 22: {argv:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            api.recovery[1],
            crate::config::RecoveryStep::Run { argv: vec!["/bin/true".into()], timeout: Duration::from_secs(30) }
        );
    }

    #[test]
    fn host_problems_are_located_and_a_missing_known_hosts_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("id"), "key").unwrap();
        let errs = load(
            "hosts:\n  - { name: lab1, address: 10.0.0.1, user: guard, key_file: id, known_hosts: nowhere }\n  - { name: lab2, address: \"-oProxyCommand=x\", user: \"-x\", key_file: id, known_hosts: id, port: 0 }\n  - { name: lab3, address: a, user: u, key_file: id }\ncomponents:\n  - name: api\n    check: { command: { run: [x], on: lab9 } }\n    recovery: [{ run: [y], on: lab8 }]\n",
            dir.path(),
        )
        .unwrap_err();
        let want = [
            "lab.yaml:2:78: cannot read `",
            "lab.yaml:3:28: expected a host name or IP address, found `-oProxyCommand=x`",
            "lab.yaml:3:54: expected a user name, found `-x`",
            "lab.yaml:3:97: expected a port between 1 and 65535",
            "lab.yaml:4:5: missing required key “known_hosts”",
            "lab.yaml:7:39: unknown host `lab9`, expected one of lab1, lab2",
            "lab.yaml:8:32: unknown host `lab8`, expected one of lab1, lab2",
        ];
        assert_eq!(errs.len(), want.len(), "{errs:#?}");
        for (e, w) in errs.iter().zip(want) {
            assert!(e.starts_with(w), "{e}\n  wanted: {w}\n{errs:#?}");
        }
    }
}
