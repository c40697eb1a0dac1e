//! Claims: grammar output plus the rules' vocabulary, turned into typed statements with spans.
//! One Aho-Corasick scan per paragraph finds every title alias and government word; the nom
//! parsers then run only around those hits.

mod age;
mod dated;
mod death;
mod government;
mod life;
mod lint;
mod names;
mod quantity;
mod setting;
mod title;
mod weekday;

use crate::article::Article;
use crate::grammar::english;
use crate::grammar::when::When;
use crate::grammar::{Flat, dates, quote, sentence};
use crate::rules::{self, RuleSet, Vocab};
use std::ops::Range;

pub use crate::grammar::phrase::Modifier;
pub use crate::grammar::verb::Tense;
use setting::SentenceTimes;
pub use setting::Setting;

#[derive(Debug, Clone)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The phrase in source bytes: "former US President Donald Trump".
    pub span: Range<usize>,
    /// The phrase, whitespace-normalised.
    pub text: String,
    /// Its sentence in source bytes.
    pub sentence: Range<usize>,
    /// Inside quoted speech: the speaker's claim, not the writer's.
    pub quoted: bool,
    /// Who is quoted, when the sentence says ("said Sak").
    pub speaker: Option<String>,
    /// In a list item ("- 4 killed in …"): lists enumerate different things.
    pub in_list: bool,
    /// When the text around it says the claim is set.
    pub setting: Setting,
}

#[derive(Debug, Clone)]
pub enum ClaimKind {
    Title(TitleClaim),
    Government(GovernmentClaim),
    Lint(LintClaim),
    Age(AgeClaim),
    Weekday(WeekdayClaim),
    /// "yesterday", "on Monday": a day named relative to the publication date, resolved for
    /// the ledger (no finding of its own).
    Relative(RelativeClaim, Option<StatedDate>),
    Life(LifeClaim),
    Death(DeathClaim),
    Spelling(SpellingClaim),
    Quantity(QuantityClaim),
    /// A date the text names that falls after the article's own date.
    Dated(DatedClaim),
}

/// "in early January 2025", "on 3 March 2025": the days a text names, when they fall after
/// the article's date.
#[derive(Debug, Clone)]
pub struct DatedClaim {
    pub first: chrono::NaiveDate,
    pub last: chrono::NaiveDate,
    /// A past verb in its sentence tells of it as done.
    pub told_as_past: bool,
    /// Its sentence schedules or forecasts ("will meet on", "due in", "by 2030").
    pub scheduled: bool,
}

/// "killed at least three people": a count of a quantity the packs name.
#[derive(Debug, Clone)]
pub struct QuantityClaim {
    pub quantity: usize,
    pub amount: crate::grammar::numbers::Amount,
    pub amount_text: String,
    pub amount_span: Range<usize>,
    /// Proper names near the count (not its sentence's first word): what the count is about.
    pub names_near: Vec<String>,
    /// A year near the count dates its own event ("In 1996, a bomber killed 20 people").
    pub year_near: bool,
}

/// A surname the packs know in several spellings, as written here.
#[derive(Debug, Clone)]
pub struct SpellingClaim {
    pub form: String,
    pub people: Vec<usize>,
    /// A name written with or without its diacritics ("Erdoğan", "Erdogan"), rather than one
    /// of a surname's variant spellings ("Zelensky", "Zelenskyy").
    pub by_accents: bool,
}

/// "the late Henry Kissinger" (claims a death) or "Kissinger says" (claims a life).
#[derive(Debug, Clone)]
pub struct LifeClaim {
    pub name: String,
    pub people: Vec<usize>,
    /// `true` for "the late …"; `false` for a present-tense claim about the living.
    pub late: bool,
    /// Source bytes of "late " (to delete when the person is alive).
    pub late_span: Option<Range<usize>>,
    /// "X said on Tuesday": the day the person spoke, when the text gives it (else the
    /// article's date, for "X says").
    pub when: Option<When>,
}

/// "Jimmy Carter died on Sunday", "X, who died last week,": a death, and when the text puts it.
#[derive(Debug, Clone)]
pub struct DeathClaim {
    pub name: String,
    pub people: Vec<usize>,
    /// The days the text gives (none: by the article's date).
    pub when: Option<crate::grammar::when::When>,
}

/// "Trump, 78," / "78-year-old Trump": a person's age on the publication date.
#[derive(Debug, Clone)]
pub struct AgeClaim {
    pub name: String,
    pub people: Vec<usize>,
    pub age: u32,
    /// Source bytes of the number, for the fix.
    pub age_span: Range<usize>,
    /// The sentence or its passage is about birthdays ("Birthdays: …", "celebrates her
    /// birthday"): the person may have turned a year older that day or the next.
    pub birthday: bool,
}

/// A day of a month written beside a relative day ("yesterday, March 9"): (month, day, year).
pub type StatedDate = (u32, u32, Option<i32>);

#[derive(Debug, Clone)]
pub enum RelativeClaim {
    /// Days after the publication date: -1 for "yesterday".
    Days(i64),
    /// A weekday without a date (0 is Monday); `next` for "next Monday", else the last one.
    Weekday { weekday: u32, next: bool },
}

/// "Tuesday, March 11, 2025": a weekday and the date it names.
#[derive(Debug, Clone)]
pub struct WeekdayClaim {
    /// 0 is Monday.
    pub weekday: u32,
    pub weekday_span: Range<usize>,
    pub month: u32,
    pub day: u32,
    /// Absent: the year closest to the publication date is meant.
    pub year: Option<i32>,
}

/// "Kiev": a word a style lint of the packs replaces.
#[derive(Debug, Clone)]
pub struct LintClaim {
    pub lint: usize,
    pub replacement: String,
    /// Inside one of the lint's exception phrases ("Chicken Kiev").
    pub excepted: bool,
}

/// "former US President Donald Trump": a title attached to a person.
#[derive(Debug, Clone)]
pub struct TitleClaim {
    pub modifier: Option<Modifier>,
    /// Source bytes to delete to drop the modifier ("former " or "ex-").
    pub modifier_span: Option<Range<usize>>,
    /// The title as written ("US President") and the offices that use it.
    pub title: String,
    pub offices: Vec<usize>,
    /// The country the text fixes for the title: "French President", "Ghana's president",
    /// "the president of Ghana" (not a bare "President").
    pub country: Option<String>,
    /// The office's own name within `title`: "President" in "US President".
    pub office_words: Range<usize>,
    /// Source offset where "former " would be inserted.
    pub title_start: usize,
    /// The title's source bytes.
    pub title_span: Range<usize>,
    /// The phrase opens its sentence (so an inserted "former" is capitalised).
    pub opens_sentence: bool,
    pub name: String,
    /// How the title stands beside the name.
    pub shape: TitleShape,
    /// "a former president": one of those who held it, true of anyone with a past term even
    /// while they hold it again.
    pub indefinite: bool,
    /// Source bytes of the verb of "who is prime minister", which a fix puts in the past.
    pub relative_verb: Option<Range<usize>>,
    /// Everyone the name can refer to; the checks narrow them by office and date.
    pub people: Vec<usize>,
    /// The verb right after the name, when the person is its subject: "said", "is", "had".
    pub tense: Tense,
    pub verb: String,
}

/// How a title is attached to its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TitleShape {
    /// "Prime Minister Ellen Park": the title before the name, as part of it.
    Prefixed,
    /// "the prime minister, Ellen Park,": the title, then the name in apposition.
    BeforeApposition,
    /// "Ellen Park, the prime minister,", "Park, who is prime minister,": the name, then the
    /// title in apposition or a relative clause.
    AfterApposition,
}

/// "the Biden administration also aims": a government named after its head, with a tense.
#[derive(Debug, Clone)]
pub struct GovernmentClaim {
    pub name: String,
    pub name_span: Range<usize>,
    /// "administration", "government", as the pack names it.
    pub word: String,
    pub offices: Vec<usize>,
    pub people: Vec<usize>,
    pub tense: Tense,
    pub verb: String,
}

/// What a claim parser sees around one vocabulary hit.
struct Site<'a> {
    flat: &'a Flat,
    sentence: Range<usize>,
    start: usize,
    end: usize,
    pattern: &'a str,
}

impl<'a> Site<'a> {
    /// The site's sentence, at most `CONTEXT_BYTES` either side of it: what a claim's parse
    /// may read of its surroundings (a run-on "sentence" may be a whole file long).
    fn nearby(&self) -> &'a str {
        let text = self.flat.text.as_str();
        &text[context_window(text, self.sentence.clone(), self.start..self.end)]
    }
}

/// Every claim in the article, in text order.
pub fn extract(article: &Article, rules: &RuleSet) -> Vec<Claim> {
    let mut claims = Vec::new();
    for passage in &article.passages {
        let flat = Flat::from_pieces(&article.text, &passage.pieces);
        let in_list = passage.enumerates();
        let sentences = sentence::sentences(&flat.text);
        let quotes = quote::quotations(&flat.text);
        // Sites come in text order: the sentence last scanned is the one to reuse.
        let mut times: Option<(Range<usize>, SentenceTimes)> = None;
        let mut sites: Vec<(usize, usize, &str, Option<&Vocab>)> = rules
            .vocab_hits(&flat.text)
            .map(|(s, e, p, m)| (s, e, p, Some(m)))
            .collect();
        // Ages and lives are found by their shape (", 78,", "78-year-old", "the late", "says"),
        // not by a word list: one more scan finds every such place.
        for m in shapes().find_iter(&flat.text) {
            let (s, e) = (m.start(), m.end());
            match SHAPES[m.pattern().as_usize()] {
                ", " | "-year-old " | " (" => {
                    sites.extend(age::site(&flat.text, s, e).map(|(s, e)| (s, e, "age", None)))
                }
                shape if death::SHAPES.contains(&shape) => sites.push((s, e, "death", None)),
                _ => sites.push((s, e, "life", None)),
            }
        }
        // Dates after the article's own: only where a year from its year on is written.
        let years = dates::years_at(&flat.text);
        sites.extend(dated::sites(&flat.text, &years, article.date).map(|(s, e)| (s, e, "dated", None)));
        sites.sort_by_key(|s| s.0);
        if sites.is_empty() {
            continue;
        }
        let passage_years = setting::passage_years(&years);
        for (start, end, pattern, meaning) in sites {
            if meaning.is_some() && !bounded(&flat.text, start, end) {
                continue;
            }
            // Both lists are sorted and disjoint: binary search keeps many hits linear.
            let i = sentences.partition_point(|s| s.end < end);
            let Some(sentence) = sentences.get(i).filter(|s| s.start <= start).cloned() else {
                continue;
            };
            let site = Site {
                flat: &flat,
                sentence: sentence.clone(),
                start,
                end,
                pattern,
            };
            let parsed: Vec<(ClaimKind, Range<usize>)> = match meaning {
                None if pattern == "age" => age::parse(&site, rules).into_iter().collect(),
                None if pattern == "dated" => dated::parse(&site).into_iter().collect(),
                None if pattern == "death" => death::parse(&site, rules).into_iter().collect(),
                None => life::parse(&site, rules).into_iter().collect(),
                Some(Vocab::Title(offices)) => title::parse(&site, offices, rules).into_iter().collect(),
                Some(Vocab::Government(offices)) => government::parse(&site, offices, rules).into_iter().collect(),
                Some(Vocab::Lint(lints)) => lint::parse(&site, lints, rules),
                Some(Vocab::Weekday(day)) => weekday::parse(&site, *day).into_iter().collect(),
                Some(Vocab::Relative(days)) => weekday::relative(&site, *days).into_iter().collect(),
                Some(Vocab::Quantity(q)) => quantity::parse(&site, *q, rules).into_iter().collect(),
                Some(Vocab::Spelling(people)) => spelling(&site, people, false, rules).into_iter().collect(),
                Some(Vocab::Accented(people)) => spelling(&site, people, true, rules).into_iter().collect(),
            };
            for (kind, phrase) in parsed {
                let context = context_window(&flat.text, sentence.clone(), phrase.clone());
                if times.as_ref().is_none_or(|t| t.0 != sentence) {
                    times = Some((sentence.clone(), SentenceTimes::scan(&flat.text, sentence.clone())));
                }
                let setting = times.as_ref().expect("scanned above").1.setting(
                    &flat.text,
                    context.clone(),
                    phrase.clone(),
                    &passage_years,
                );
                let q = quotes.partition_point(|q| q.start <= phrase.start);
                let quote = quotes.get(q.wrapping_sub(1)).filter(|q| phrase.start < q.end);
                claims.push(Claim {
                    kind,
                    span: flat.source_span(phrase.clone()),
                    text: flat.text[phrase.clone()].to_string(),
                    sentence: flat.source_span(sentence.clone()),
                    quoted: passage.quoted || quote.is_some(),
                    speaker: quote
                        .and_then(|q| quote::speaker(&flat.text, q.clone()))
                        .map(str::to_string),
                    in_list,
                    setting,
                });
            }
        }
    }
    claims
}

fn spelling(site: &Site, people: &[usize], by_accents: bool, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let form = &site.flat.text[site.start..site.end];
    // Part of a compound surname ("Martínez-Olguín") is somebody else's name.
    let compound = site.flat.text[site.end..].starts_with('-') || site.flat.text[..site.start].ends_with('-');
    if form != site.pattern || compound || (by_accents && another_given_name(site, people, rules)) {
        return None;
    }
    let claim = SpellingClaim {
        form: form.to_string(),
        people: people.to_vec(),
        by_accents,
    };
    Some((ClaimKind::Spelling(claim), site.start..site.end))
}

/// "Bilal Erdogan": a capitalised word just before a surname that is neither in its bearers'
/// names nor the end of a title ("President Erdogan") names someone else of that name.
fn another_given_name(site: &Site, people: &[usize], rules: &RuleSet) -> bool {
    let before = &site.flat.text[site.sentence.start.min(site.start)..site.start];
    let Some(word) = before.strip_suffix(' ').and_then(|b| b.split(' ').next_back()) else {
        return false;
    };
    if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let folded = rules::fold_accents(word);
    let in_their_names = people.iter().any(|&p| {
        let person = &rules.people[p];
        std::iter::once(&person.name)
            .chain(&person.aliases)
            .any(|n| n.split(' ').any(|w| rules::fold_accents(w) == folded))
    });
    let common = english::SENTENCE_OPENERS.contains(&word) || english::FUNCTION_WORDS.contains(&word);
    !in_their_names && !common && !rules.ends_title(word)
}

/// The shapes of age, life and death claims (see `age`, `life` and `death`). " said " is a
/// life claim only with a day after it ("X said on Tuesday").
const SHAPES: &[&str] = &[
    ", ",
    "-year-old ",
    " (",
    "the late ",
    "The late ",
    " says ",
    " says,",
    " tells ",
    " said ",
    " died",
    " passed away",
    " was killed",
    " was assassinated",
];

fn shapes() -> &'static aho_corasick::AhoCorasick {
    static SCAN: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    SCAN.get_or_init(|| aho_corasick::AhoCorasick::new(SHAPES).expect("fixed patterns"))
}

/// How much of a sentence either side of a claim its setting is read from: on a run-on
/// "sentence" (a whole file without full stops), each claim stays small.
pub const CONTEXT_BYTES: usize = 600;

fn context_window(text: &str, sentence: Range<usize>, phrase: Range<usize>) -> Range<usize> {
    let start = text.ceil_char_boundary(phrase.start.saturating_sub(CONTEXT_BYTES).max(sentence.start));
    let end = text.floor_char_boundary((phrase.end + CONTEXT_BYTES).min(sentence.end));
    start..end
}

/// A vocabulary hit must be whole words ("President" not in "Presidential").
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Does `written` match a pack's `pattern`, allowing lowercased capitalised words
/// ("former president" for "President") only when `lenient`?
fn same_words(written: &str, pattern: &str, lenient: bool) -> bool {
    if written == pattern {
        return true;
    }
    lenient
        && written.split(' ').count() == pattern.split(' ').count()
        && written
            .split(' ')
            .zip(pattern.split(' '))
            .all(|(w, p)| w == p || (p.chars().skip(1).all(|c| !c.is_uppercase()) && w == p.to_lowercase()))
}
