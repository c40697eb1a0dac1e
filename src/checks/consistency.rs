//! Checks across an article: `inconsistent-spelling` (Zelensky … Zelenskyy) and
//! `inconsistent-title` (Secretary of the Interior Doug Burgum … Secretary of Energy Doug
//! Burgum). They run after every claim is judged, and attach to the later, odd mention.

use super::{Context, Contradiction, Fix, Judged, Judgement, Severity, Verdict};
use crate::claims::ClaimKind;
use std::collections::HashMap;

pub(super) fn article_pass(claims: &mut [Judged], cx: &Context, line_of: impl Fn(usize) -> usize) {
    spelling(claims, cx, &line_of);
    titles(claims, cx, &line_of);
}

/// Spelling mentions start out supported; a later one spelled unlike the first is not.
pub(super) fn spelling_judgement(cx: &Context, people: &[usize]) -> Judgement {
    Judgement::supported(cx.rules.describe_person(people[0], "spelled several ways in the packs"))
}

fn spelling(claims: &mut [Judged], cx: &Context, line_of: &impl Fn(usize) -> usize) {
    // person → (first form, its line)
    let mut first: HashMap<usize, (String, usize)> = HashMap::new();
    for j in claims.iter_mut() {
        let ClaimKind::Spelling(s) = &j.claim.kind else {
            continue;
        };
        let [person] = s.people.as_slice() else {
            continue; // a spelling two people share says nothing of either
        };
        let line = line_of(j.claim.span.start);
        let (form, at) = first.entry(*person).or_insert_with(|| (s.form.clone(), line)).clone();
        if form == s.form {
            continue;
        }
        let name = &cx.rules.people[*person].name;
        j.judgement = Contradiction {
            check: "inconsistent-spelling".to_string(),
            severity: Severity::Warning,
            message: format!("{name} is spelled “{form}” on line {at} and “{}” here", s.form),
            fix: Some(Fix {
                span: j.claim.span.clone(),
                replacement: form,
            }),
            fact: cx.rules.describe_person(*person, "spelled several ways in the packs"),
        }
        .judge(&j.claim);
    }
}

fn titles(claims: &mut [Judged], cx: &Context, line_of: &impl Fn(usize) -> usize) {
    let rules = cx.rules;
    // person → (title as written, line) of a title the facts support on the date
    let mut right: HashMap<usize, (String, usize)> = HashMap::new();
    for j in claims.iter() {
        if let ClaimKind::Title(t) = &j.claim.kind
            && let [person] = t.people.as_slice()
            && j.judgement.verdict == Verdict::Supported
            && t.modifier.is_none()
        {
            right
                .entry(*person)
                .or_insert_with(|| (t.title.clone(), line_of(j.claim.span.start)));
        }
    }
    for j in claims.iter_mut() {
        let ClaimKind::Title(t) = &j.claim.kind else {
            continue;
        };
        let [person] = t.people.as_slice() else {
            continue;
        };
        let p = &rules.people[*person];
        let never_held =
            !p.terms.iter().any(|x| t.offices.contains(&x.office)) && !p.held.iter().any(|o| t.offices.contains(o));
        let Some((title, line)) = right.get(person) else {
            continue;
        };
        // A bare surname may be a namesake the packs lack ("Sen. Dole" beside Transportation
        // Secretary Elizabeth Dole is Bob Dole): only a full name pins the person.
        if !t.name.contains(' ') {
            continue;
        }
        if j.judgement.verdict != Verdict::Unverifiable || t.modifier.is_some() || !never_held {
            continue;
        }
        j.judgement = Contradiction {
            check: "inconsistent-title".to_string(),
            severity: Severity::Warning,
            message: format!(
                "{} is {title} on line {line}, and never held the title “{}”",
                p.name, t.title
            ),
            fix: Some(Fix {
                span: t.title_span.clone(),
                replacement: title.clone(),
            }),
            fact: rules.describe_person(*person, &format!("no term as {}", t.title)),
        }
        .judge(&j.claim);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn one_spelling_per_article() {
        let text = "Zelensky met the envoy. Later, Zelenskyy said so.";
        assert_eq!(ids("2025-03-11", text), ["inconsistent-spelling"]);
        assert_eq!(fixed("2025-03-11", text), "…Later, Zelensky said so.");
        assert!(ids("2025-03-11", "Zelensky met the envoy. Later, Zelensky said so.").is_empty());
    }

    #[test]
    fn one_title_per_person() {
        let text = "Secretary of the Interior Doug Burgum spoke. Later Secretary of Energy Doug Burgum left.";
        assert_eq!(ids("2025-04-29", text), ["inconsistent-title"]);
        // A title the facts do not cover, without a right one beside it: nothing to compare.
        assert!(ids("2025-04-29", "Secretary of Energy Doug Burgum left.").is_empty());
        // Two titles held at once are both right (Rubio was State and acting adviser).
        let both = "Secretary of State Marco Rubio spoke. National Security Adviser Marco Rubio left.";
        assert!(ids("2025-06-01", both).is_empty());
    }
}
