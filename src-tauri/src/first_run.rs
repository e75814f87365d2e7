//! Starting without arguments (from the desktop menu): the config and the history database in
//! the operator's XDG folders. The config is `$XDG_CONFIG_HOME/pipeline-guard/config.yaml`
//! (default `~/.config/…`); when it does not exist the app writes a commented starter config
//! there (`starter-config.yaml`: one working component watching this computer, examples of
//! the others, commented out) whose database is `$XDG_DATA_HOME/pipeline-guard/guard.db`
//! (default `~/.local/share/…`). The window title names the config file in use.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

const STARTER: &str = include_str!("../starter-config.yaml");

/// Where the app keeps its config and data when started without `--config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultPaths {
    pub config: PathBuf,
    pub data_dir: PathBuf,
}

impl DefaultPaths {
    /// From the XDG Base Directory variables (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`; relative or
    /// empty values are ignored, as the spec says) and `HOME`.
    pub fn from_env(var: impl Fn(&str) -> Option<OsString>) -> Result<DefaultPaths, String> {
        let home = var("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
        let base = |name: &str, fallback: &str| -> Result<PathBuf, String> {
            match var(name).map(PathBuf::from).filter(|p| p.is_absolute()) {
                Some(p) => Ok(p),
                None => home
                    .as_ref()
                    .map(|h| h.join(fallback))
                    .ok_or_else(|| format!("neither {name} nor HOME is set: start the app with --config CONFIG")),
            }
        };
        Ok(DefaultPaths {
            config: base("XDG_CONFIG_HOME", ".config")?.join("pipeline-guard").join("config.yaml"),
            data_dir: base("XDG_DATA_HOME", ".local/share")?.join("pipeline-guard"),
        })
    }

    /// The starter config for these paths (YAML; paths quoted as JSON strings, which YAML reads).
    pub fn starter_text(&self) -> String {
        let q = |p: &Path| serde_json::to_string(&p.display().to_string()).expect("a string serializes");
        STARTER
            .replace("{config}", &self.config.display().to_string())
            .replace("{db}", &q(&self.data_dir.join("guard.db")))
            .replace("{data_dir}", &q(&self.data_dir))
    }

    /// The config path, after writing the starter config if there is none yet (and creating
    /// the data folder). An existing file is never touched. `true` when it was just created.
    pub fn ensure(&self) -> Result<(PathBuf, bool), String> {
        std::fs::create_dir_all(&self.data_dir)
            .map_err(|e| format!("cannot create {}: {e}", self.data_dir.display()))?;
        if self.config.exists() {
            return Ok((self.config.clone(), false));
        }
        let dir = self.config.parent().expect("the config path has a folder");
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        // create_new: never overwrite a config another start wrote meanwhile.
        use std::io::Write;
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&self.config) {
            Ok(mut f) => f
                .write_all(self.starter_text().as_bytes())
                .map_err(|e| format!("cannot write {}: {e}", self.config.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok((self.config.clone(), false)),
            Err(e) => return Err(format!("cannot create {}: {e}", self.config.display())),
        }
        Ok((self.config.clone(), true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn paths(vars: &[(&str, &str)]) -> Result<DefaultPaths, String> {
        let env: HashMap<String, OsString> = vars.iter().map(|(k, v)| (k.to_string(), OsString::from(v))).collect();
        DefaultPaths::from_env(|k| env.get(k).cloned())
    }

    #[test]
    fn xdg_folders_then_home() {
        let p = paths(&[("HOME", "/home/op")]).unwrap();
        assert_eq!(p.config, PathBuf::from("/home/op/.config/pipeline-guard/config.yaml"));
        assert_eq!(p.data_dir, PathBuf::from("/home/op/.local/share/pipeline-guard"));
        let p = paths(&[("HOME", "/home/op"), ("XDG_CONFIG_HOME", "/cfg"), ("XDG_DATA_HOME", "/data")]).unwrap();
        assert_eq!(
            (p.config, p.data_dir),
            (PathBuf::from("/cfg/pipeline-guard/config.yaml"), PathBuf::from("/data/pipeline-guard"))
        );
        // Relative or empty XDG values are ignored (XDG Base Directory spec).
        let p = paths(&[("HOME", "/home/op"), ("XDG_CONFIG_HOME", "rel"), ("XDG_DATA_HOME", "")]).unwrap();
        assert_eq!(p.config, PathBuf::from("/home/op/.config/pipeline-guard/config.yaml"));
        assert_eq!(p.data_dir, PathBuf::from("/home/op/.local/share/pipeline-guard"));
        let e = paths(&[]).unwrap_err();
        assert!(e.contains("--config"), "{e}");
    }

    #[test]
    fn first_start_writes_a_starter_config_that_validates_and_works_later_starts_keep_it() {
        let home = tempfile::tempdir().unwrap();
        // A space and a quote in the path: the starter config quotes its paths.
        let root = home.path().join("op's home");
        let p = paths(&[("HOME", root.to_str().unwrap())]).unwrap();
        let (cfg, created) = p.ensure().unwrap();
        assert!(created && cfg == p.config);
        assert!(p.data_dir.is_dir());
        let text = std::fs::read_to_string(&cfg).unwrap();
        assert!(text.contains(&format!("pipeline-guard validate {}", cfg.display())), "{text}");
        let c = guard_engine::config::load_file(&cfg).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(c.pipeline.storage.path, p.data_dir.join("guard.db"));
        assert_eq!(c.components.len(), 1);
        // The one component is healthy on this machine: its command succeeds.
        let guard_engine::config::CheckKind::Command(spec) = &c.components[0].check.kind else {
            panic!("{:?}", c.components[0].check)
        };
        let argv = &spec.argv;
        let st = std::process::Command::new(&argv[0]).args(&argv[1..]).status().unwrap();
        assert!(st.success(), "{argv:?}");
        // The operator's edits survive the next start.
        std::fs::write(&cfg, "components: []\n").unwrap();
        assert_eq!(p.ensure().unwrap(), (cfg.clone(), false));
        assert_eq!(std::fs::read_to_string(&cfg).unwrap(), "components: []\n");
    }
}
