//! `date-after-publication`: the text tells of a day after its own date as past.

use super::{Check, CheckId, Context, Contradiction, Judgement, Severity};
use crate::claims::{Claim, ClaimKind};

pub(super) struct DatedCheck;

impl Check for DatedCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Dated(d) = &claim.kind else {
            return None;
        };
        if d.first <= cx.date {
            return Some(Judgement::unverifiable("not after the article's date"));
        }
        if d.scheduled {
            return Some(Judgement::unverifiable("a scheduled, planned or future date"));
        }
        if !d.told_as_past {
            return Some(Judgement::unverifiable("no past verb tells of it as done"));
        }
        let when = if d.first == d.last {
            d.first.to_string()
        } else {
            format!("{} to {}", d.first, d.last)
        };
        Some(
            Contradiction {
                check: CheckId::DateAfterPublication,
                severity: Severity::Warning,
                message: format!(
                    "“{}” ({when}) is told as past, but {}: the article was updated later or its date is wrong (check --date or the update date)",
                    claim.text, cx.dated
                ),
                fix: None,
                fact: format!("calendar: {}", cx.dated),
            }
            .judge(claim),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::ids;

    #[test]
    fn past_events_after_the_article_date() {
        for text in [
            "In early January 2025 the central bank raised rates.",
            "On 3 March 2025 he signed the law.",
            "He signed the law on March 3, 2025, officials said.",
        ] {
            assert_eq!(ids("2019-11-21", text), ["date-after-publication"], "{text}");
        }
        for text in [
            // Legal and official prose: participles, limits, schedules.
            "Contracts entered into on or after January 30, 2022, comply with the order.",
            "Executive Order 13838 is revoked as of January 30, 2022.",
            "He designated a delegation to attend the inauguration on May 24, 2021, in Quito.",
            "States are reimbursed for costs from January 2020 to September 30, 2021.",
            "Our nation was elected to a new term beginning on January 1, 2022.",
            "Leaders met on the road to the conference in November 2021 in Glasgow.",
            "The leaders will meet on 3 March 2025.",
            "The vote is due in March 2026.",
            "Emissions must fall by 2030 and by January 2025 at the latest.",
            "The law takes effect in January 2025.",
            "In early January 2019 the central bank raised rates.",
            // The copy's own revision stamp.
            "Last updated on May 5, 2025.",
            "This story was corrected on 4 March 2025.",
        ] {
            assert!(ids("2019-11-21", text).is_empty(), "{text}");
        }
    }
}
