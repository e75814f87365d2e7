//! Captured child output: each stream goes to a size-capped log file that rotates once
//! (`name.log` → `name.log.1`), so a chatty child can never fill the disk.

use std::path::{Path, PathBuf};

use tokio::fs::{File, OpenOptions};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWriteExt, BufReader};

pub struct CappedLog {
    path: PathBuf,
    cap: u64,
    file: Option<File>,
    written: u64,
}

impl CappedLog {
    pub async fn open(path: PathBuf, cap: u64) -> std::io::Result<Self> {
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        let file = OpenOptions::new().create(true).append(true).open(&path).await?;
        let written = file.metadata().await.map(|m| m.len()).unwrap_or(0);
        Ok(CappedLog { path, cap: cap.max(1024), file: Some(file), written })
    }

    pub async fn write_line(&mut self, line: &[u8]) -> std::io::Result<()> {
        if self.written + line.len() as u64 > self.cap {
            self.rotate().await?;
        }
        if let Some(f) = self.file.as_mut() {
            f.write_all(line).await?;
            self.written += line.len() as u64;
        }
        Ok(())
    }

    async fn rotate(&mut self) -> std::io::Result<()> {
        if let Some(mut f) = self.file.take() {
            f.flush().await?;
        }
        let mut old = self.path.clone().into_os_string();
        old.push(".1");
        let _ = tokio::fs::rename(&self.path, &old).await;
        self.file = Some(OpenOptions::new().create(true).write(true).truncate(true).open(&self.path).await?);
        self.written = 0;
        Ok(())
    }
}

/// Copy a child's stream into a capped log until it closes. Long lines are cut at the cap.
pub async fn pump<R: AsyncRead + Unpin>(stream: R, path: PathBuf, cap: u64) {
    let Ok(mut log) = CappedLog::open(path, cap).await else { return };
    let mut reader = BufReader::new(stream);
    let mut buf = Vec::with_capacity(1024);
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                let max = (cap / 2) as usize;
                if buf.len() > max {
                    buf.truncate(max);
                    buf.push(b'\n');
                }
                if log.write_line(&buf).await.is_err() {
                    break;
                }
            }
        }
    }
    if let Some(f) = log.file.as_mut() {
        let _ = f.flush().await;
    }
}

pub fn log_path(dir: &Path, component: &str, instance: u32, stream: &str) -> PathBuf {
    if instance == 0 {
        dir.join(format!("{component}.{stream}.log"))
    } else {
        dir.join(format!("{component}-{instance}.{stream}.log"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rotates_at_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.log");
        let data: Vec<u8> = (0..200).flat_map(|i| format!("line {i:04} of output\n").into_bytes()).collect();
        pump(&data[..], path.clone(), 2048).await;
        let cur = std::fs::metadata(&path).unwrap().len();
        let old = std::fs::metadata(dir.path().join("x.log.1")).unwrap().len();
        assert!(cur <= 2048 && old <= 2048, "{cur} {old}");
        let tail = std::fs::read_to_string(&path).unwrap();
        assert!(tail.ends_with("line 0199 of output\n"));
    }
}
