//! Temporary: replaced by the merge of the connection settings.
use anyhow::Result;

pub(super) fn connect(url: &str) -> Result<postgres::Client> {
    Ok(postgres::Client::connect(url, postgres::NoTls)?)
}
