//! `lint/<id>`: a pack's date-bounded style rule ("Kiev" → "Kyiv" from 2019-08-14).

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity};
use crate::claims::{Claim, ClaimKind};
use crate::rules::Truth;
use crate::rules::schema::Level;

pub(super) struct LintCheck;

impl Check for LintCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Lint(l) = &claim.kind else {
            return None;
        };
        let lint = &cx.rules.lints[l.lint];
        let pack = &cx.rules.packs[lint.pack];
        let line = lint.pos.map(|p| format!(":{}", p.line)).unwrap_or_default();
        let fact = format!("{}{line} (lint {})", pack.path, lint.id);
        if l.excepted {
            return Some(Judgement::unverifiable());
        }
        match lint.applies_on(cx.date) {
            Truth::No => return Some(Judgement::supported(fact)),
            Truth::Unknown => return Some(Judgement::unverifiable()),
            Truth::Yes => {}
        }
        // A year before the rule began sets the sentence in the older usage's time.
        let historical = lint
            .after
            .is_some_and(|after| claim.setting.sentence_years.iter().any(|y| *y < after.year));
        if historical {
            return Some(Judgement::unverifiable());
        }
        let severity = match lint.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Note => Severity::Note,
        };
        Some(
            Contradiction {
                check: CheckId::lint(&lint.id),
                severity,
                message: lint.message.clone(),
                fix: Some(Edit::replace(claim.span.clone(), l.replacement.clone())),
                fact,
            }
            .judge(claim),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn kyiv_after_the_style_change_only() {
        let text = "Troops massed north of Kiev on Tuesday.";
        assert_eq!(ids("2022-03-01", text), ["lint/kyiv-spelling"]);
        assert_eq!(fixed("2022-03-01", text), "Troops massed north of Kyiv on Tuesday.");
        assert!(ids("2019-08-13", text).is_empty());
        assert!(ids("2022-03-01", "Dinner was Chicken Kiev.").is_empty());
        assert!(ids("2022-03-01", "In 1986, Kiev felt the fallout.").is_empty());
        assert!(ids("2022-03-01", "KIEV, March 1 (Reuters) - Troops massed.").is_empty());
    }
}
