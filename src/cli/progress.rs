//! The progress bar of a long run: bytes of the inputs read against their size (so the ETA
//! holds for a compressed archive too), the rate, and articles checked. Drawn on stderr, only
//! when stderr is a terminal unless `--progress always`; never on stdout, which carries only
//! the report. With `auto`, a report printed as it goes to the same terminal would tear the
//! bar (and the bar the report), so the bar is drawn then only when the report waits for the
//! end (`--quiet`, `audit`) or stdout goes elsewhere (`> findings.jsonl`).

use super::args::ProgressWhen;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Bar {
    bar: Option<ProgressBar>,
}

impl Bar {
    /// A bar for `total` bytes of input (`None`: standard input, of unknown length);
    /// `streaming`: the report is printed on stdout as the run goes.
    pub fn new(when: ProgressWhen, total: Option<u64>, streaming: bool) -> Bar {
        let shares_screen = streaming && std::io::stdout().is_terminal();
        let target = match when {
            ProgressWhen::Never => return Bar { bar: None },
            ProgressWhen::Auto if !std::io::stderr().is_terminal() || shares_screen => return Bar { bar: None },
            ProgressWhen::Auto => ProgressDrawTarget::stderr(),
            // Drawn whatever stderr is (a log, a pipe), as asked.
            ProgressWhen::Always => ProgressDrawTarget::term_like(Box::new(console::Term::stderr())),
        };
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), target),
                "{elapsed_precise} {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} · {msg}",
            ),
            None => (
                ProgressBar::with_draw_target(None, target),
                "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} · {msg}",
            ),
        };
        let style = ProgressStyle::with_template(template).expect("a valid template");
        bar.set_style(style);
        Bar { bar: Some(bar) }
    }

    /// `read` bytes of the inputs consumed, `checked` articles (records and files) checked.
    pub fn update(&self, read: u64, checked: usize) {
        if let Some(bar) = &self.bar {
            bar.set_position(read);
            bar.set_message(format!("{checked} checked"));
        }
    }

    /// Runs `f` (which writes to the terminal) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Takes the bar off the screen: the report stays, the bar does not.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
