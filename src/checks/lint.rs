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
            return Some(Judgement::unverifiable("inside one of the lint's exception phrases"));
        }
        match lint.applies_on(cx.date) {
            Truth::No => return Some(Judgement::supported(fact)),
            Truth::Unknown => return Some(Judgement::unverifiable("the lint's dates are too coarse to tell")),
            Truth::Yes => {}
        }
        // A year before the rule began sets the sentence in the older usage's time.
        let historical = lint
            .after
            .is_some_and(|after| claim.setting.sentence_years.iter().any(|y| *y < after.year));
        if historical {
            return Some(Judgement::unverifiable(
                "the sentence names a year before the rule began",
            ));
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

    #[test]
    fn a_replacement_at_the_start_of_a_sentence_keeps_the_capital() {
        let pack =
            "pack: t\nlints:\n  - id: ex\n    replace: { the ex-minister: the former minister }\n    message: m\n";
        let rules = crate::rules::RuleSet::load(vec![("t.yaml".into(), pack.into())]).unwrap();
        let fixed = |text: &str| {
            let article = crate::article::Article::parse("t.txt", format!("date 2025-03-11 {text}"), None).unwrap();
            let outcome = super::super::check_article(&article, &rules);
            let edits: Vec<_> = outcome.findings().filter_map(|f| f.fix.clone()).collect();
            crate::edit::apply_all(&article.text, &edits).text[16..].to_string()
        };
        assert_eq!(fixed("The ex-minister spoke."), "The former minister spoke.");
        assert_eq!(fixed("He met the ex-minister."), "He met the former minister.");
        assert_eq!(
            fixed("Aid came. (The ex-minister spoke.)"),
            "Aid came. (The former minister spoke.)"
        );
        // Capitalised mid-sentence is a name or a title, not the phrase.
        assert_eq!(fixed("He met The ex-minister."), "He met The ex-minister.");
    }
}
