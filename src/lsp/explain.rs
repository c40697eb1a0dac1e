//! Pages of `claimcheck explain ID` text, for a diagnostic's code to link to
//! (`codeDescription.href`): editors open a `file:` link in a tab, and there is no web page
//! to send them to. Written once per id into the user's cache directory; when it cannot be
//! written, diagnostics go without the link (their message names the command anyway).

use super::documents::uri_of;
use crate::checks::CheckId;
use crate::report::explain::explain;
use crate::rules::RuleSet;
use lsp_types::Uri;
use std::collections::HashMap;
use std::path::PathBuf;

pub struct ExplainPages {
    dir: Option<PathBuf>,
    /// Pages written since the packs last loaded (a lint's page comes from its pack).
    written: HashMap<String, Option<Uri>>,
}

impl ExplainPages {
    pub fn new() -> ExplainPages {
        ExplainPages {
            dir: cache_dir().map(|d| d.join("claimcheck").join("explain")),
            written: HashMap::new(),
        }
    }

    /// Packs were loaded again: a lint's page may read differently now.
    pub fn forget(&mut self) {
        self.written.clear();
    }

    /// The page of `id`, written if it is not yet.
    pub fn href(&mut self, id: &CheckId, rules: &RuleSet) -> Option<Uri> {
        if let Some(uri) = self.written.get(id.as_str()) {
            return uri.clone();
        }
        let uri = self.write(id, rules);
        self.written.insert(id.as_str().to_string(), uri.clone());
        uri
    }

    fn write(&self, id: &CheckId, rules: &RuleSet) -> Option<Uri> {
        let dir = self.dir.as_ref()?;
        let text = explain(id.as_str(), rules)?;
        std::fs::create_dir_all(dir).ok()?;
        // `lint/kyiv-spelling` is one file, not a directory and a file.
        let path = dir.join(format!("{}.txt", id.as_str().replace('/', "-")));
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == text);
        if !unchanged {
            std::fs::write(&path, text).ok()?;
        }
        uri_of(&path)
    }
}

/// `$XDG_CACHE_HOME`, else `~/.cache`, else the temporary directory.
fn cache_dir() -> Option<PathBuf> {
    let from_env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    from_env("XDG_CACHE_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| from_env("HOME").map(|h| h.join(".cache")))
        .or_else(|| Some(std::env::temp_dir()))
}
