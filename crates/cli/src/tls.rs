//! HTTPS for `serve` (`pipeline.server.tls: { cert, key }`), which is what lets the server
//! listen off loopback (a pod IP for Kubernetes probes and the Service). rustls with the `ring`
//! provider, already in the build through reqwest; PEM files read once at start.
//!
//! Handshakes run in each connection's own task with `pipeline.server.limits.tls_handshake_timeout`
//! (conn.rs), so a slow or silent client cannot hold up the accept loop.

use std::sync::Arc;

use guard_engine::config::TlsFiles;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::TlsAcceptor;

use crate::i18n::tr;

/// The TLS server config from the PEM files, with a message naming the file on failure.
pub fn acceptor(files: &TlsFiles) -> Result<TlsAcceptor, String> {
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(&files.cert).and_then(|it| it.collect::<Result<_, _>>()).map_err(|e| {
            tr(
                "cli-tls-cert-unreadable",
                &[("file", files.cert.display().to_string().into()), ("detail", e.to_string().into())],
            )
        })?;
    if certs.is_empty() {
        return Err(tr("cli-tls-no-cert", &[("file", files.cert.display().to_string().into())]));
    }
    let key = PrivateKeyDer::from_pem_file(&files.key).map_err(|e| {
        tr(
            "cli-tls-key-unreadable",
            &[("file", files.key.display().to_string().into()), ("detail", e.to_string().into())],
        )
    })?;
    let mut cfg = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| tr("cli-tls-setup", &[("detail", e.to_string().into())]))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| {
            let (cert, key) = (files.cert.display().to_string(), files.key.display().to_string());
            tr("cli-tls-mismatch", &[("cert", cert.into()), ("key", key.into()), ("detail", e.to_string().into())])
        })?;
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(cfg)))
}
