//! Who is at the keyboard, for the audit log of the shells that act without a login: the
//! desktop app (its local session) and the CLI (`cli:<name>`). From the real uid in the
//! password database, never from `$USER`, which anyone can set.

use std::ffi::CStr;

/// The name of the real uid in the password database, or `uid-N` when it has none.
pub fn os_user_name() -> String {
    // SAFETY: getuid cannot fail; getpwuid_r writes into `pwd` and `buf`, which outlive the
    // read of `pw_name` (a pointer into `buf`).
    unsafe {
        let uid = libc::getuid();
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut buf = vec![0 as libc::c_char; 16 * 1024];
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        if libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut out) == 0
            && !out.is_null()
            && !pwd.pw_name.is_null()
        {
            return CStr::from_ptr(pwd.pw_name).to_string_lossy().into_owned();
        }
        format!("uid-{uid}")
    }
}

/// The CLI's actor: `cli:<name of the real uid>`; run as root through `sudo`, also the
/// account that ran sudo (`cli:root(sudo:ana)`), which sudo itself sets.
pub fn cli_actor() -> String {
    let me = os_user_name();
    // SAFETY: getuid cannot fail.
    let root = unsafe { libc::getuid() } == 0;
    match std::env::var("SUDO_USER").ok().filter(|u| root && !u.is_empty()) {
        Some(u) => format!("cli:{me}(sudo:{u})"),
        None => format!("cli:{me}"),
    }
}

#[cfg(test)]
mod tests {
    // That `$USER` does not matter is tested in the app (`src-tauri/src/operator.rs`), where
    // no other test thread reads the environment meanwhile.
    #[test]
    fn the_cli_actor_names_the_real_uid() {
        let me = super::os_user_name();
        assert!(!me.is_empty());
        assert!(super::cli_actor().starts_with(&format!("cli:{me}")), "{}", super::cli_actor());
    }
}
