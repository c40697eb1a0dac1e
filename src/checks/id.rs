//! The finding ids: the one list of what claimcheck can report. The README test, `explain`,
//! SARIF's rule table and the configuration's severity keys all read it.

use super::Severity;
use serde::{Serialize, Serializer};
use std::fmt;

/// Defines `CheckId` with one variant per built-in id, and `BUILTIN` listing them in order,
/// from one list.
macro_rules! check_ids {
    ($($variant:ident),* $(,)?) => {
        /// A finding id. Built-in checks are variants; a pack's style lint is `lint/<id>`
        /// (`Lint` holds the whole `lint/<id>` string).
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum CheckId {
            $($variant,)*
            Lint(String),
        }

        /// Every built-in id, in the order the README and `explain --list` give them.
        pub const BUILTIN: &[CheckId] = &[$(CheckId::$variant),*];
    };
}

check_ids! {
    FormerIncumbent,
    StaleGovernment,
    StaleTitle,
    BeforeTerm,
    ElectInOffice,
    NotActing,
    LateButAlive,
    DeadAsLiving,
    WrongOffice,
    NotTheHolder,
    DeathBeforeDeath,
    WrongDeathDate,
    WrongAge,
    WrongWeekday,
    WrongRelativeDate,
    InconsistentSpelling,
    MissingDiacritics,
    InconsistentTitle,
    InconsistentNumber,
    DateAfterPublication,
    // A suppression comment that silenced nothing, or names an id that does not exist.
    UnusedSuppression,
}

/// What `explain` and SARIF tell about one id.
pub struct Explanation {
    pub id: &'static str,
    pub severity: Severity,
    /// One line: SARIF's short description.
    pub summary: &'static str,
    /// One paragraph: what the check does and when it stays silent.
    pub description: &'static str,
    /// A sentence, the date it is judged on, and how it should read (`None`: no sure fix).
    pub example: (&'static str, &'static str, Option<&'static str>),
}

use CheckId::*;

const OFF_BY_DEFAULT: &[CheckId] = &[];

/// The form a lint id takes in `explain` and the README.
pub const LINT_PATTERN: &str = "lint/<id>";

impl CheckId {
    pub fn as_str(&self) -> &str {
        match self {
            Lint(_) => self.lint_str(),
            builtin => builtin.explanation().id,
        }
    }

    fn lint_str(&self) -> &str {
        // `lint/<id>` is stored whole so as_str can borrow it.
        match self {
            Lint(full) => full,
            _ => unreachable!(),
        }
    }

    /// A pack lint's id: `lint/kyiv-spelling` for the lint `kyiv-spelling`.
    pub fn lint(lint_id: &str) -> CheckId {
        Lint(format!("lint/{lint_id}"))
    }

    /// Parses an id as written in a config file, a suppression comment or `explain`.
    pub fn parse(s: &str) -> Option<CheckId> {
        if let Some(rest) = s.strip_prefix("lint/") {
            return (!rest.is_empty()).then(|| Lint(s.to_string()));
        }
        BUILTIN.iter().find(|id| id.as_str() == s).cloned()
    }

    /// Checks that are off unless `enable:` names them (none of the shipped ones yet: a
    /// strict-form `note` may be).
    pub fn on_by_default(&self) -> bool {
        !OFF_BY_DEFAULT.contains(self)
    }

    pub fn is_lint(&self) -> bool {
        matches!(self, Lint(_))
    }

    /// The severity a finding of this id has unless its check, a pack or the config says
    /// otherwise (a lint's pack sets its own).
    pub fn default_severity(&self) -> Severity {
        self.explanation().severity
    }

    pub fn explanation(&self) -> &'static Explanation {
        let i = match self {
            Lint(_) => return &LINT_EXPLANATION,
            builtin => BUILTIN
                .iter()
                .position(|b| b == builtin)
                .expect("every built-in id is listed"),
        };
        &EXPLANATIONS[i]
    }

    /// How a writer silences a finding of this id they have judged, as `explain` and SARIF's
    /// rule help tell it.
    pub fn how_to_silence(&self) -> String {
        format!(
            "put `<!-- claimcheck-disable-next-line {self} -->` on the line before it (Markdown, HTML), or a line `claimcheck: ignore {self}` before it (plain text); `claimcheck-disable {self}` … `claimcheck-enable {self}` comments silence a region"
        )
    }
}

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CheckId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<str> for CheckId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for CheckId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

const LINT_EXPLANATION: Explanation = Explanation {
    id: LINT_PATTERN,
    severity: Severity::Warning,
    summary: "A rule pack's date-bounded style rule",
    description: "A pack's `lints:` entry names words to replace from (`after:`) or until (`before:`) a date, with a message and a severity of its own. It does not fire inside the lint's `except:` phrases, nor in a sentence that names a year before the rule began (\"In 1986, Kiev …\").",
    example: (
        "Troops massed north of Kiev.",
        "2022-03-01",
        Some("Troops massed north of Kyiv."),
    ),
};

/// One entry per `BUILTIN` id, in the same order.
const EXPLANATIONS: &[Explanation] = &[
    Explanation {
        id: "former-incumbent",
        severity: Severity::Error,
        summary: "A sitting office-holder called former",
        description: "The title's modifier (\"former\", \"ex-\") says the person no longer holds the office, but on the article's date they do. Every person the name can refer to must hold the office for the claim to be contradicted. On the day a term ends, \"former\" and the bare title are both right.",
        example: (
            "He answered former US President Donald Trump's remarks.",
            "2025-03-11",
            Some("He answered US President Donald Trump's remarks."),
        ),
    },
    Explanation {
        id: "stale-government",
        severity: Severity::Error,
        summary: "A government named after someone who no longer heads it, in the present tense",
        description: "\"The Biden administration aims …\" claims that the administration exists on the article's date. When the person's every term ended before it and the sentence is not set back in a term (a year or date inside it, \"at the time\", past perfect), the government is stale; the fix names the holder on the date. The present perfect (\"has imposed\") is a warning: a tense slip more than a false claim. Past tenses and possessives are not judged.",
        example: (
            "The Biden administration also aims to cut costs.",
            "2025-03-11",
            Some("The Trump administration also aims to cut costs."),
        ),
    },
    Explanation {
        id: "stale-title",
        severity: Severity::Warning,
        summary: "A former office-holder given the bare title in a claim about now",
        description: "Former holders keep their title as a courtesy in narrative (\"appointed by President Obama\"), so the bare title is stale only when the person is the subject of a claim about now: a present or future verb, a news report's \"said\", or a past verb in a sentence dated to the last few days. Sentences set in the past (a year inside the term, \"then-\", \"at the time\", \"under President X\") are never stale.",
        example: (
            "President Joe Biden said the deal was good.",
            "2025-06-01",
            Some("Former President Joe Biden said the deal was good."),
        ),
    },
    Explanation {
        id: "before-term",
        severity: Severity::Error,
        summary: "A title used before the person's term began",
        description: "Every term the person holds in the office starts after the article's date (or, for \"-elect\", they had not yet been elected). Claims in clauses about the future are judged like any other for now.",
        example: ("President Donald Trump met the governors.", "2016-10-01", None),
    },
    Explanation {
        id: "elect-in-office",
        severity: Severity::Error,
        summary: "\"-elect\" or \"incoming\" after the term began",
        description: "\"-elect\" is right from the election that won a term (the pack's `elected:`) to the inauguration. After it, it is stale only in a claim about now, like a bare title; narrative about the transition (\"promises President-elect Biden made\") is not judged.",
        example: (
            "President-elect Joe Biden says the plan is ready.",
            "2021-03-01",
            Some("President Joe Biden says the plan is ready."),
        ),
    },
    Explanation {
        id: "not-acting",
        severity: Severity::Warning,
        summary: "\"acting\" before a confirmed office-holder",
        description: "\"acting\" or \"interim\" is right while the person holds an acting term; it is contradicted while they hold the office as its confirmed holder, judged only where their pack marks acting terms at all.",
        example: (
            "Acting Secretary of State Marco Rubio spoke.",
            "2025-06-01",
            Some("Secretary of State Marco Rubio spoke."),
        ),
    },
    Explanation {
        id: "late-but-alive",
        severity: Severity::Error,
        summary: "\"the late\" before someone alive on the article's date",
        description: "\"The late X\", also with words between (\"the late famed physicist X\", \"the late former senator X\"): a person is alive on the date when the packs give a later death date, or none while they hold an office. Words that make \"late\" a time (\"the late afternoon\", \"the late stages\") make no claim. A person the packs know only by name leaves the claim unverifiable.",
        example: (
            "Flowers were left for the late President Joe Biden.",
            "2022-06-01",
            Some("Flowers were left for the President Joe Biden."),
        ),
    },
    Explanation {
        id: "dead-as-living",
        severity: Severity::Warning,
        summary: "A present claim about someone who had died",
        description: "\"X says\", \"X tells\": a present-tense claim that the person lives, when the packs give a death date before the article's date; and \"X said on Tuesday\", \"X said yesterday\", \"X said on March 3\": X speaking on a day after their death (a day either side allowed for time zones). \"X writes\" (the literary present) and \"X said\" with no day are not read as such claims.",
        example: ("Jimmy Carter says the talks matter.", "2025-06-01", None),
    },
    Explanation {
        id: "wrong-office",
        severity: Severity::Error,
        summary: "A title the person never held, of an office whose every holder the packs know",
        description: "A title that names a country's office (\"US President\", \"Ghana's president\", \"the president of Ghana\", or a bare title under the configuration's `country:`) on someone the packs know, who never held that office, where a pack says it knows every holder of the office over the period (`complete:`). The fix is the office the person held in that country on the date, or last held before it (\"Foreign Secretary\"). Future clauses, and people whose life the complete period does not cover, are not judged.",
        example: (
            "British Prime Minister Dominic Raab met the delegation.",
            "2020-06-01",
            Some("British Foreign Secretary Dominic Raab met the delegation."),
        ),
    },
    Explanation {
        id: "not-the-holder",
        severity: Severity::Warning,
        summary: "A title on someone who did not hold the office on the date",
        description: "A present title of a country's office (fixed as for `wrong-office`) on a name that is not its holder on the date, where a pack knows every holder over the period: the finding names the holder. A name the packs do not know must be a full one (two words or more) and not a spelling of the holder's; a future clause or a sentence set before the period is not judged.",
        example: (
            "French President Jean Dupont said the talks would go on.",
            "2023-03-11",
            None,
        ),
    },
    Explanation {
        id: "death-before-death",
        severity: Severity::Error,
        summary: "A death told of someone alive on the day",
        description: "\"X has died\", \"X died on Monday\", \"X, who died last week,\", \"X passed away\", \"X was killed\": a death the packs contradict, because they give a later death date or an office X held on the article's date. Hedged sentences (\"if\", \"rumours\", \"falsely\", \"denied\") are not read as claims.",
        example: ("Joe Biden has died, his office said.", "2022-06-01", None),
    },
    Explanation {
        id: "wrong-death-date",
        severity: Severity::Warning,
        summary: "A death dated to a day the packs do not give",
        description: "\"X died on Monday\" when the packs give X's death on another day: the day written (a date, a weekday resolved against the article's date, \"yesterday\", \"last week\") is compared with the death date, a day either side allowed for time zones.",
        example: ("Jimmy Carter died on December 20, 2024.", "2025-01-05", None),
    },
    Explanation {
        id: "wrong-age",
        severity: Severity::Error,
        summary: "An age that does not fit the birth date",
        description: "\"Trump, 77,\" or \"77-year-old Trump\": judged on the article's date against the birth date in the packs, with partial birth dates allowing every age they can mean. A full name is needed: \"Soto, 19,\" may be anyone.",
        example: (
            "President Donald Trump, 77, spoke.",
            "2025-03-11",
            Some("President Donald Trump, 78, spoke."),
        ),
    },
    Explanation {
        id: "wrong-weekday",
        severity: Severity::Error,
        summary: "A weekday that is not the date's",
        description: "\"Wednesday, March 11, 2025\": the calendar says which weekday a date is. Without a year, every year within eleven months of the article's date is tried, and the claim is contradicted only if all disagree.",
        example: (
            "They met on Wednesday, March 11, 2025.",
            "2025-03-11",
            Some("They met on Tuesday, March 11, 2025."),
        ),
    },
    Explanation {
        id: "wrong-relative-date",
        severity: Severity::Error,
        summary: "A relative day with a date beside it that is not that day",
        description: "\"yesterday, March 9\" in copy dated 2025-03-11: the relative day and the date written beside it name different days.",
        example: ("He arrived yesterday, March 9.", "2025-03-11", None),
    },
    Explanation {
        id: "inconsistent-spelling",
        severity: Severity::Warning,
        summary: "One person's name spelled two ways in one article",
        description: "A surname the packs know in several spellings (\"Zelensky\", \"Zelenskyy\") is written one way first and another later; the later mention is reported, with the first spelling as its fix.",
        example: (
            "Zelensky spoke. Later Zelenskyy left.",
            "2025-03-11",
            Some("Zelensky spoke. Later Zelensky left."),
        ),
    },
    Explanation {
        id: "missing-diacritics",
        severity: Severity::Warning,
        summary: "A name written without the diacritics the packs give it (diacritics: keep)",
        description: "Only under `diacritics: keep` in .claimcheck.yaml, for houses that keep diacritics: a name the packs write with them (\"Recep Tayyip Erdoğan\") written without (\"Erdogan\"), with the packs' form as the fix. By default wire style, which drops them, is not a finding; writing one name both ways in one article is `inconsistent-spelling`.",
        example: (
            "President Recep Tayyip Erdogan spoke.",
            "2025-03-11",
            Some("President Recep Tayyip Erdoğan spoke."),
        ),
    },
    Explanation {
        id: "inconsistent-title",
        severity: Severity::Warning,
        summary: "One person given a title the facts support and, later, one they never held",
        description: "A full name carries a title the packs support on the date, and further on a title of an office the person never held; the later one is reported with the supported title as its fix.",
        example: (
            "Secretary of the Interior Doug Burgum spoke. Secretary of Energy Doug Burgum left.",
            "2025-04-29",
            Some("Secretary of the Interior Doug Burgum spoke. Secretary of the Interior Doug Burgum left."),
        ),
    },
    Explanation {
        id: "inconsistent-number",
        severity: Severity::Note,
        summary: "Two counts of one quantity about one event that cannot both be true",
        description: "\"at least three\" agrees with \"three\" and \"five\"; \"three\" and \"five\" do not. Compared only for one event: the quantity is counted in at most three sentences, outside list items, with no year beside them, and the two sentences share a proper name near the count. The quantities are vocabulary in `rules/quantities.yaml`. It is a note (it never fails `--fail-on warning`) until it tells a story's events apart well enough: a total and its parts, two attacks, a day's toll and a campaign's still meet.",
        example: (
            "Three people were killed in Moscow. Officials in Moscow said two people were killed.",
            "2025-03-11",
            None,
        ),
    },
    Explanation {
        id: "date-after-publication",
        severity: Severity::Warning,
        summary: "A past event dated after the article's own date",
        description: "The text tells of a date after the article's date as past (\"in early January 2025 rates rose\" in a piece dated 2019-11-21): either the piece was updated later, or its date is wrong — and every other claim in it is judged against that wrong day. Scheduled and future dates (\"will meet on 3 March 2025\", \"due in 2026\", \"until …\") are not judged. Check `--date` or the update date; human reports show this finding first.",
        example: (
            "In early January 2025 the central bank raised rates.",
            "2019-11-21",
            None,
        ),
    },
    Explanation {
        id: "unused-suppression",
        severity: Severity::Warning,
        summary: "A suppression comment that silenced nothing, or names an unknown id",
        description: "`<!-- claimcheck-disable-next-line ID -->`, a `claimcheck-disable` … `claimcheck-enable` region or a plain-text `claimcheck: ignore ID` line that matched no finding is stale (the copy was fixed, or the id is mistyped) and is reported so it can be removed.",
        example: (
            "<!-- claimcheck-disable-next-line wrong-age -->\nThe talks went on.",
            "2025-03-11",
            None,
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_id_has_its_explanation_and_parses_back() {
        assert_eq!(BUILTIN.len(), EXPLANATIONS.len());
        for id in BUILTIN {
            assert_eq!(CheckId::parse(id.as_str()).as_ref(), Some(id));
            assert!(!id.explanation().description.is_empty());
        }
    }

    #[test]
    fn lints_keep_their_pack_id() {
        let id = CheckId::lint("kyiv-spelling");
        assert_eq!(id.as_str(), "lint/kyiv-spelling");
        assert_eq!(CheckId::parse("lint/kyiv-spelling"), Some(id));
        assert_eq!(CheckId::parse("lint/"), None);
        assert_eq!(CheckId::parse("former-incumbnet"), None);
    }
}
