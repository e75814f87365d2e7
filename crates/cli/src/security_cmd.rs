//! `user`, `role`, `token`, `audit` and `key` subcommands: the security state of a database,
//! managed from the terminal. Passwords come from stdin only; tokens print once.

use std::io::{BufRead, IsTerminal, Write};
use std::sync::Arc;
use std::time::Duration;

use guard_engine::config::{Secret, SecuritySettings};
use guard_engine::security::checkpoint::read_public_key;
use guard_engine::security::{
    AuditBreak, KeyFiles, Keyring, Permission, PermissionSet, SecurityError, SecurityManager,
};

use crate::i18n::tr;
use crate::{AuditCmd, CliError, DbArgs, KeyCmd, RegionCmd, RoleCmd, TokenCmd, UserCmd};

/// The actor recorded in the audit log for terminal commands.
pub fn actor() -> String {
    guard_engine::security::cli_actor()
}

fn sec_err(e: SecurityError) -> CliError {
    match e {
        SecurityError::Invalid(m)
        | SecurityError::Conflict(m)
        | SecurityError::NotFound(m)
        | SecurityError::Forbidden(m) => CliError::Input(crate::i18n::say(&m)),
        other => CliError::Runtime(other.to_string()),
    }
}

pub async fn open(args: &DbArgs) -> Result<SecurityManager, CliError> {
    let settings = match &args.config {
        Some(path) => crate::load_config(path)?.pipeline.security,
        None => SecuritySettings {
            secret_key: std::env::var("PIPELINE_SECRET_KEY").ok().filter(|s| !s.is_empty()).map(Secret),
            ..SecuritySettings::default()
        },
    };
    let pool = guard_engine::history::open_pool(&args.db).await.map_err(|e| CliError::Runtime(e.to_string()))?;
    SecurityManager::open(pool, &settings, &Keyring::default_path(&args.db), Arc::new(guard_engine::clock::SystemClock))
        .await
        .map_err(sec_err)
}

fn parse_permissions(list: &[String]) -> Result<PermissionSet, CliError> {
    list.iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.parse::<Permission>().map_err(|e| CliError::Input(e.to_string())))
        .collect()
}

/// One line from stdin without its line ending; prompts on stderr when stdin is a terminal.
fn read_password(name: &str) -> Result<String, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("{} ", tr("cli-user-password-prompt", &[("name", name.into())]));
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Runtime(tr("cli-error-password-stdin", &[("detail", e.to_string().into())])))?;
    let pw = line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(&line).to_string();
    if pw.is_empty() {
        return Err(CliError::Input(tr(
            "cli-error-no-password",
            &[("example", "printf '%s\\n' \"$PW\" | pipeline-guard user add …".into())],
        )));
    }
    Ok(pw)
}

pub async fn user(cmd: UserCmd) -> Result<(), CliError> {
    match cmd {
        UserCmd::Add { name, role, db } => {
            guard_engine::security::validate_user_name(&name).map_err(sec_err)?;
            let sec = open(&db).await?;
            let pw = read_password(&name)?;
            sec.create_user(&name, &role, &pw, &actor()).await.map_err(sec_err)?;
            println!("{}", tr("cli-user-added", &[("name", name.as_str().into()), ("role", role.as_str().into())]));
            Ok(())
        }
        UserCmd::Export { name, out, db } => {
            let sec = open(&db).await?;
            let export = sec.export_account(&name, &actor()).await.map_err(sec_err)?;
            let json = serde_json::to_string_pretty(&export).map_err(|e| CliError::Runtime(e.to_string()))?;
            match out {
                Some(path) => {
                    write_private(&path, json.as_bytes())?;
                    eprintln!(
                        "{}",
                        tr(
                            "cli-user-exported",
                            &[("name", name.as_str().into()), ("file", path.display().to_string().into())]
                        )
                    );
                }
                None => println!("{json}"),
            }
            Ok(())
        }
        UserCmd::Erase { name, yes, db } => {
            if !yes {
                return Err(CliError::Input(tr(
                    "cli-error-erase-confirm",
                    &[("name", name.as_str().into()), ("flag", "--yes".into())],
                )));
            }
            let sec = open(&db).await?;
            let out = sec.erase_account(&name, &actor()).await.map_err(sec_err)?;
            println!(
                "{}",
                tr(
                    "cli-user-erased",
                    &[
                        ("name", name.as_str().into()),
                        ("tokens", out.tokens_revoked.into()),
                        ("rows", out.audit_rows_unlinked.into()),
                        ("pseudonym", out.pseudonym.as_str().into())
                    ]
                )
            );
            Ok(())
        }
        UserCmd::Unlock { name, db } => {
            guard_engine::security::validate_user_name(&name).map_err(sec_err)?;
            let sec = open(&db).await?;
            let sources = sec.unlock_user(&name, &actor()).await.map_err(sec_err)?;
            println!(
                "{}",
                tr("cli-user-unlocked", &[("name", name.as_str().into()), ("sources", (sources as i64).into())])
            );
            Ok(())
        }
        UserCmd::List { db } => {
            let sec = open(&db).await?;
            let disabled = format!("\t{}", tr("cli-user-list-disabled", &[]));
            for u in sec.list_users().await.map_err(sec_err)? {
                println!("{}\t{}{}", u.name, u.role, if u.disabled { disabled.as_str() } else { "" });
            }
            Ok(())
        }
    }
}

pub async fn role(cmd: RoleCmd) -> Result<(), CliError> {
    match cmd {
        RoleCmd::Add { name, permissions, db } => {
            let perms = parse_permissions(&permissions)?;
            let sec = open(&db).await?;
            sec.create_role(&name, &perms, &actor()).await.map_err(sec_err)?;
            println!(
                "{}",
                tr(
                    "cli-role-added",
                    &[
                        ("name", name.as_str().into()),
                        ("permissions", guard_engine::security::permission::format_set(&perms).into())
                    ]
                )
            );
            Ok(())
        }
    }
}

pub async fn token(cmd: TokenCmd) -> Result<(), CliError> {
    match cmd {
        TokenCmd::Issue { user, ttl, permissions, db } => {
            let ttl = guard_engine::units::parse_duration(&ttl).map_err(|_| {
                CliError::Input(tr("cli-error-bad-ttl", &[("option", "--ttl".into()), ("value", ttl.as_str().into())]))
            })?;
            let scope = permissions.as_deref().map(parse_permissions).transpose()?;
            let sec = open(&db).await?;
            let t = sec.issue_api_token(&user, ttl, scope, &actor()).await.map_err(sec_err)?;
            let permissions = t.permissions.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(",");
            eprintln!(
                "{}",
                tr(
                    "cli-token-issued-detail",
                    &[
                        ("jti", t.jti.as_str().into()),
                        ("user", user.as_str().into()),
                        ("permissions", permissions.into()),
                        ("until", crate::i18n::datetime_utc(t.expires_at_ms).into())
                    ]
                )
            );
            println!("{}", t.token);
            Ok(())
        }
        TokenCmd::Revoke { jti, db } => {
            let sec = open(&db).await?;
            sec.revoke(&jti, 0, &actor()).await.map_err(sec_err)?;
            println!("{}", tr("cli-token-revoked", &[("jti", jti.as_str().into())]));
            Ok(())
        }
    }
}

pub async fn audit(cmd: AuditCmd) -> Result<(), CliError> {
    match cmd {
        AuditCmd::Verify { db } => {
            if !db.db.is_file() {
                return Err(CliError::Input(tr(
                    "cli-error-no-database",
                    &[("db", db.db.display().to_string().into())],
                )));
            }
            let log = open_for_verification(&db).await?;
            match log.verify().await.map_err(sec_err)? {
                Ok(v) => {
                    println!(
                        "{}",
                        tr("cli-audit-intact", &[("rows", v.rows.into()), ("head", v.head.as_str().into())])
                    );
                    if let Some(c) = &v.checkpoint {
                        println!(
                            "{}",
                            tr(
                                "cli-audit-checkpoint-ok",
                                &[
                                    ("signed", c.rows.into()),
                                    ("at", c.at().into()),
                                    (
                                        "file",
                                        log.checkpoints()
                                            .map(|c| c.files().checkpoints.display().to_string())
                                            .unwrap_or_default()
                                            .into()
                                    )
                                ]
                            )
                        );
                    }
                    Ok(())
                }
                Err(b) => Err(CliError::Runtime(format!("{}: {}", db.db.display(), audit_break(&b)))),
            }
        }
    }
}

/// The audit log of a database for verification: its keyring from the config's passphrase or
/// the key file, which must exist; nothing is created (a missing key or checkpoint file is what
/// verification reports, not something to repair).
async fn open_for_verification(args: &DbArgs) -> Result<guard_engine::security::AuditLog, CliError> {
    let key_file = Keyring::default_path(&args.db);
    let ring = match &args.config {
        // A passphrase's Argon2id salt lives in the key file: without one there is nothing to
        // derive the key from, so the key file is required either way (and never created here).
        Some(path) => match crate::load_config(path)?.pipeline.security.encryption_key {
            Some(p) if key_file.exists() => {
                Some(Keyring::from_passphrase(&p.0, &key_file).map_err(|e| CliError::Runtime(e.to_string()))?)
            }
            _ => None,
        },
        None => None,
    };
    let ring = match ring {
        Some(r) => r,
        None => Keyring::load(&key_file).map_err(|e| CliError::Runtime(e.to_string()))?.ok_or_else(|| {
            CliError::Runtime(tr(
                "cli-audit-keyring-missing",
                &[("file", key_file.display().to_string().into()), ("config", "--config".into())],
            ))
        })?,
    };
    let pool = guard_engine::history::open_pool(&args.db).await.map_err(|e| CliError::Runtime(e.to_string()))?;
    guard_engine::security::AuditLog::open_with_keyring(pool, ring, KeyFiles::for_db(&args.db))
        .await
        .map_err(sec_err)?
        .ok_or_else(|| CliError::Runtime(tr("cli-audit-no-key", &[("db", args.db.display().to_string().into())])))
}

/// Why the chain does not verify, in the operator's language.
pub fn audit_break(b: &AuditBreak) -> String {
    crate::i18n::say(&b.msg())
}

pub async fn key(cmd: KeyCmd) -> Result<(), CliError> {
    match cmd {
        KeyCmd::Export { db } => {
            let files = KeyFiles::for_db(&db.db);
            let key = match read_public_key(&files.signing).map_err(sec_err)? {
                Some(k) => k,
                // The guard makes its key on first start; so does any command that opens it.
                None if db.db.is_file() => open(&db)
                    .await?
                    .signer()
                    .map(|s| s.public())
                    .ok_or_else(|| CliError::Runtime(tr("cli-error-no-signing-key", &[])))?,
                None => {
                    return Err(CliError::Input(tr(
                        "cli-error-no-database",
                        &[("db", db.db.display().to_string().into())],
                    )));
                }
            };
            println!("{key}");
            Ok(())
        }
        KeyCmd::Rotate { db } => {
            let sec = open(&db).await?;
            // The JWT key first: a data-key rotation re-encrypts it with everything else.
            let signing = if sec.signing_key_rotatable() {
                Some(sec.rotate_signing_key(&actor()).await.map_err(sec_err)?)
            } else {
                None
            };
            match signing {
                Some(until) => {
                    println!("{}", tr("cli-key-signing-rotated", &[("until", crate::i18n::datetime_utc(until).into())]))
                }
                None => eprintln!(
                    "{}",
                    tr(
                        "cli-key-signing-from-config",
                        &[("setting", "security.secret_key / PIPELINE_SECRET_KEY".into())]
                    )
                ),
            }
            match sec.rotate_encryption_key(&actor()).await {
                Ok(n) => println!("{}", tr("cli-key-data-rotated", &[("values", (n as i64).into())])),
                Err(SecurityError::Invalid(_)) if signing.is_some() => {
                    eprintln!("{}", tr("cli-key-data-from-config", &[("setting", "security.encryption_key".into())]))
                }
                Err(e) => return Err(sec_err(e)),
            }
            Ok(())
        }
    }
}

/// Write a file only its owner can read (it holds personal data).
fn write_private(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| crate::i18n::cannot_write(path, &e))?;
    f.write_all(bytes).map_err(|e| crate::i18n::cannot_write(path, &e))
}

async fn region_manager(
    db: &DbArgs,
) -> Result<(guard_engine::history::Pool, guard_engine::regions::MultiRegionManager), CliError> {
    if !db.db.is_file() {
        return Err(CliError::Input(tr("cli-error-no-database", &[("db", db.db.display().to_string().into())])));
    }
    let pool = guard_engine::history::open_pool(&db.db).await.map_err(|e| CliError::Runtime(e.to_string()))?;
    let defaults: Vec<guard_engine::model::Region> = guard_engine::compliance::registry::load_components(&pool)
        .await
        .map_err(|e| CliError::Runtime(e.to_string()))?
        .iter()
        .map(|c| c.region)
        .collect();
    let m = guard_engine::regions::MultiRegionManager::load(&pool, Vec::new(), &defaults)
        .await
        .map_err(|e| CliError::Runtime(e.to_string()))?;
    Ok((pool, m))
}

pub async fn region(cmd: RegionCmd) -> Result<(), CliError> {
    let (db, region, active) = match cmd {
        RegionCmd::List { db } => {
            let (_, m) = region_manager(&db).await?;
            for r in guard_engine::model::Region::ALL {
                let key = if m.is_active(r) { "cli-region-activated" } else { "cli-region-deactivated" };
                println!("{}", tr(key, &[("region", r.as_str().into())]));
            }
            return Ok(());
        }
        RegionCmd::Activate { region, db } => (db, region, true),
        RegionCmd::Deactivate { region, db } => (db, region, false),
    };
    let r = guard_engine::model::Region::parse(&region).ok_or_else(|| {
        let all: Vec<&str> = guard_engine::model::Region::ALL.iter().map(|r| r.as_str()).collect();
        CliError::Input(tr(
            "cli-config-unknown-region",
            &[("value", region.into()), ("expected", all.join(", ").into())],
        ))
    })?;
    let sec = open(&db).await?;
    let (pool, m) = region_manager(&db).await?;
    m.set_active(&pool, r, active, guard_engine::clock::unix_ms(), &actor(), sec.audit()).await.map_err(
        |e| match e {
            guard_engine::regions::RegionStoreError::Region(e) => CliError::Input(e.to_string()),
            other => CliError::Runtime(other.to_string()),
        },
    )?;
    println!(
        "{}",
        tr(if active { "cli-region-activated" } else { "cli-region-deactivated" }, &[("region", r.as_str().into())])
    );
    Ok(())
}

pub async fn backup(db: DbArgs, dir: Option<std::path::PathBuf>, keep: usize) -> Result<(), CliError> {
    use guard_engine::compliance::backup::{BackupPolicy, backup_now};
    if !db.db.is_file() {
        return Err(CliError::Input(tr("cli-error-no-database", &[("db", db.db.display().to_string().into())])));
    }
    if keep == 0 {
        return Err(CliError::Input(tr("cli-error-at-least-one", &[("option", "--keep".into())])));
    }
    let sec = open(&db).await?;
    let pool = guard_engine::history::open_pool(&db.db).await.map_err(|e| CliError::Runtime(e.to_string()))?;
    let policy = BackupPolicy {
        dir: dir.unwrap_or_else(|| BackupPolicy::default_dir(&db.db)),
        every: Duration::from_secs(86_400),
        keep,
    };
    let b = backup_now(&pool, &policy, guard_engine::clock::unix_ms(), &actor(), sec.audit())
        .await
        .map_err(|e| CliError::Runtime(e.to_string()))?;
    println!(
        "{}",
        tr(
            "cli-backup-done",
            &[("path", b.path.as_str().into()), ("bytes", (b.bytes as i64).into()), ("sha", b.sha256.as_str().into())]
        )
    );
    Ok(())
}
