//! A real OpenSSH server on loopback for tests of remote checks and steps: its own host key,
//! config, authorized key and known_hosts in a temp dir, on a free port, killed on drop. Runs
//! as root (CI) or as the invoking user (sshd serves its own user unprivileged on a high port).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::free_port;
use super::promlab::{Proc, program};

pub struct Sshd {
    pub proc: Proc,
    pub port: u16,
    pub user: String,
    /// The client's private key (authorized on this server).
    pub key: PathBuf,
    /// A known_hosts file holding this server's real host key.
    pub known_hosts: PathBuf,
    /// A known_hosts file naming this address with some other key (an impostor's view).
    pub wrong_known_hosts: PathBuf,
}

fn keygen(path: &Path) {
    let out = Command::new(program("/usr/bin/ssh-keygen", "openssh-client"))
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "pipeline-guard-test", "-f"])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success(), "ssh-keygen: {}", String::from_utf8_lossy(&out.stderr));
}

fn current_user() -> String {
    // SAFETY: getuid never fails; getpwuid returns a static record or null.
    unsafe {
        let pw = libc::getpwuid(libc::getuid());
        assert!(!pw.is_null(), "the current uid has no passwd entry");
        std::ffi::CStr::from_ptr((*pw).pw_name).to_string_lossy().into_owned()
    }
}

impl Sshd {
    pub fn start(dir: &Path) -> Sshd {
        let sdir = dir.join("sshd");
        std::fs::create_dir_all(&sdir).unwrap();
        let (host_key, key, other) = (sdir.join("host_key"), sdir.join("id_guard"), sdir.join("other_host_key"));
        keygen(&host_key);
        keygen(&key);
        keygen(&other);
        std::fs::copy(sdir.join("id_guard.pub"), sdir.join("authorized_keys")).unwrap();
        let port = free_port();
        let line = |pubkey: &Path| {
            let text = std::fs::read_to_string(pubkey).unwrap();
            let mut f = text.split_whitespace();
            format!("[127.0.0.1]:{port} {} {}\n", f.next().unwrap(), f.next().unwrap())
        };
        let known_hosts = sdir.join("known_hosts");
        std::fs::write(&known_hosts, line(&sdir.join("host_key.pub"))).unwrap();
        let wrong_known_hosts = sdir.join("wrong_known_hosts");
        std::fs::write(&wrong_known_hosts, line(&sdir.join("other_host_key.pub"))).unwrap();
        let user = current_user();
        let root = unsafe { libc::getuid() } == 0;
        if root {
            // The privilege-separation directory sshd insists on when it runs as root.
            std::fs::create_dir_all("/run/sshd").unwrap();
        }
        let cfg = format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {}\nPidFile none\nAuthorizedKeysFile {}\n\
             PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n\
             PermitRootLogin prohibit-password\nAllowUsers {user}\nX11Forwarding no\nAllowTcpForwarding no\n\
             PrintMotd no\nLogLevel VERBOSE\n",
            host_key.display(),
            sdir.join("authorized_keys").display(),
        );
        std::fs::write(sdir.join("sshd_config"), cfg).unwrap();
        let check = Command::new(program("/usr/sbin/sshd", "openssh-server"))
            .args(["-t", "-f"])
            .arg(sdir.join("sshd_config"))
            .output()
            .unwrap();
        assert!(check.status.success(), "sshd -t: {}", String::from_utf8_lossy(&check.stderr));
        let proc = Proc::spawn(
            "sshd",
            port,
            Command::new("/usr/sbin/sshd").args(["-D", "-e", "-f"]).arg(sdir.join("sshd_config")),
            sdir.join("sshd.log"),
        );
        let start = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "sshd did not listen on {port}; its log:\n{}",
                proc.log_text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Sshd { proc, port, user, key, known_hosts, wrong_known_hosts }
    }

    /// A `hosts:` entry for this server.
    pub fn host_yaml(&self, name: &str, known_hosts: &Path) -> String {
        format!(
            "  - {{ name: {name}, address: 127.0.0.1, port: {}, user: {}, key_file: \"{}\", known_hosts: \"{}\", connect_timeout: 3s }}\n",
            self.port,
            self.user,
            self.key.display(),
            known_hosts.display()
        )
    }
}
