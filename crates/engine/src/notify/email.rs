//! E-mail over SMTP with lettre (tokio, rustls with the webpki roots; no native-tls, so no
//! OpenSSL to build or link). `tls` wraps the connection from the first byte, `starttls`
//! requires the upgrade, `none` is only accepted for a loopback relay (config validation).

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::settings::{EmailSettings, SmtpSecurity};
use super::{Failure, Notification, Rendered};

/// The plain-text body: the texts, then the facts.
pub fn body(n: &Notification, t: &Rendered) -> String {
    let mut s = format!(
        "{}\n\n{}\n\n{}: {}\n{}: {}\n",
        t.title, t.body, t.label_severity, t.severity, t.label_component, n.component
    );
    if let Some(id) = n.incident_id {
        s.push_str(&format!("{}: #{id}\n", t.label_incident));
    }
    if n.strategy.is_some() {
        s.push_str(&format!("{}: {}\n", t.label_strategy, t.strategy));
    }
    s.push_str(&format!("\n-- \n{}\n", t.footer));
    s
}

fn transport(e: &EmailSettings, timeout: Duration) -> Result<AsyncSmtpTransport<Tokio1Executor>, Failure> {
    let smtp = &e.smtp;
    let builder = match smtp.security {
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)
            .map_err(|e| Failure::permanent(format!("SMTP TLS setup: {e}")))?,
        SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)
            .map_err(|e| Failure::permanent(format!("SMTP TLS setup: {e}")))?,
        SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
    };
    let mut b = builder.port(smtp.port).timeout(Some(timeout.min(smtp.timeout)));
    if let Some(user) = &smtp.username {
        b = b.credentials(Credentials::new(
            user.clone(),
            smtp.password.as_ref().map(|p| p.0.clone()).unwrap_or_default(),
        ));
    }
    Ok(b.build())
}

pub(super) async fn send(e: &EmailSettings, n: &Notification, t: &Rendered, timeout: Duration) -> Result<(), Failure> {
    let from: Mailbox = e.from.parse().map_err(|x| Failure::permanent(format!("sender address: {x}")))?;
    let mut m = Message::builder().from(from).subject(t.subject.clone()).header(ContentType::TEXT_PLAIN);
    for to in &e.to {
        m = m.to(to.parse().map_err(|x| Failure::permanent(format!("recipient address: {x}")))?);
    }
    let msg = m.body(body(n, t)).map_err(|x| Failure::permanent(format!("building the message: {x}")))?;
    match transport(e, timeout)?.send(msg).await {
        Ok(_) => Ok(()),
        Err(x) if x.is_permanent() => Err(Failure::permanent(format!("SMTP: {x}"))),
        Err(x) => Err(Failure::retry(format!("SMTP: {x}"))),
    }
}
