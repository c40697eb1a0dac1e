//! `--format patch` (and `--fix --dry-run`): a unified diff of every fix, file by file, for
//! `git apply` or `patch -p1`. Each file's diff is written as soon as it is checked. Findings
//! without a fix, overlapping fixes left out and input errors are not part of a patch: the
//! CLI reports them on stderr.

use super::{Out, Printer, Summary};
use crate::article::Article;
use crate::checks::Outcome;
use crate::fix::{plan, unified_diff};
use std::io;

#[derive(Default)]
pub struct Patch;

impl Printer for Patch {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        let plan = plan(article, outcome);
        out.write_all(unified_diff(&article.origin, &article.text, &plan.fixed).as_bytes())
    }

    fn finish(&mut self, _out: Out, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}
