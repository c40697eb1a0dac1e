//! Which country a title names: "French President", "Ghana's president", "the president of
//! Ghana". The names come as data: `knowledge/sources/mledoze-countries/countries.csv` (ODbL,
//! cut by `scripts/cut-countries`) and the forms copy adds in `knowledge/curated/countries.csv`.

use std::collections::HashMap;
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../../knowledge/sources/mledoze-countries/countries.csv");
const CURATED: &str = include_str!("../../knowledge/curated/countries.csv");

/// How a country is written: its name ("France", "the UK") or its demonym ("French").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Name,
    Demonym,
}

/// Every written form and the one country it names; `None` for a form two countries share
/// ("Congolese"), which names neither. A form a UN member shares with territories ("French",
/// "American") names the member.
fn forms(kind: Kind) -> &'static HashMap<String, Option<String>> {
    static NAMES: OnceLock<HashMap<String, Option<String>>> = OnceLock::new();
    static DEMONYMS: OnceLock<HashMap<String, Option<String>>> = OnceLock::new();
    let cell = match kind {
        Kind::Name => &NAMES,
        Kind::Demonym => &DEMONYMS,
    };
    cell.get_or_init(|| read_forms(kind))
}

fn read_forms(kind: Kind) -> HashMap<String, Option<String>> {
    // form → every (code, UN member) that writes it
    let mut all: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    let mut add = |form: &str, code: &str, member: bool| {
        let form = form.trim();
        let codes = all.entry(form.to_string()).or_default();
        if !form.is_empty() && !codes.iter().any(|(c, _)| c == code) {
            codes.push((code.to_string(), member));
        }
    };
    for row in rows(SOURCE) {
        let (code, member) = (&row[0], &row[1] == "yes");
        let written: Vec<&str> = match kind {
            Kind::Name => [&row[2], &row[3]].into_iter().chain(row[5].split(';')).collect(),
            Kind::Demonym => row[4].split(';').collect(),
        };
        for form in written {
            add(form, code, member);
        }
    }
    let curated_kind = |k: &str| if k == "demonym" { Kind::Demonym } else { Kind::Name };
    for row in rows(CURATED).filter(|row| curated_kind(&row[2]) == kind) {
        add(&row[1], &row[0], true);
    }
    all.into_iter()
        .map(|(form, codes)| {
            let members: Vec<&(String, bool)> = codes.iter().filter(|(_, m)| *m).collect();
            let one = match (codes.as_slice(), members.as_slice()) {
                ([(code, _)], _) | (_, [(code, _)]) => Some(code.clone()),
                _ => None,
            };
            (form, one)
        })
        .collect()
}

fn rows(data: &'static str) -> impl Iterator<Item = csv::StringRecord> {
    csv::Reader::from_reader(data.as_bytes())
        .into_records()
        .map(|r| r.expect("the country tables are checked by the tests"))
}

/// The country a form names ("France", "French", "Britain", "U.S."), if exactly one.
pub fn code(form: &str) -> Option<&'static str> {
    name(form).or_else(|| forms(Kind::Demonym).get(form)?.as_deref())
}

/// The country a name names ("France", "the United Kingdom"), not a demonym.
fn name(form: &str) -> Option<&'static str> {
    let form = form.strip_prefix("the ").unwrap_or(form);
    forms(Kind::Name).get(form)?.as_deref()
}

/// "French President", "Britain's Prime Minister", "US President": the country before a
/// title `is_title` knows without it, and where the bare title starts.
pub fn before_title(written: &str, is_title: impl Fn(&str) -> bool) -> Option<(&'static str, usize)> {
    written.match_indices(' ').find_map(|(i, _)| {
        let (head, bare) = (&written[..i], &written[i + 1..]);
        let country = head
            .strip_suffix("'s")
            .or_else(|| head.strip_suffix("’s"))
            .unwrap_or(head);
        is_title(bare).then(|| code(country)).flatten().map(|c| (c, i + 1))
    })
}

/// "Norway's ", "the UK's ", "Russian " right before a title or its modifier: the country,
/// from the last few words of `before` (which ends with a space), and where its form starts.
pub fn before(before: &str) -> Option<(&'static str, usize)> {
    // Only the last few words count: a run-on "sentence" may be a whole file long.
    let mut tail = before.ceil_char_boundary(before.len().saturating_sub(80));
    if tail > 0 {
        // The first word of the tail may be cut.
        tail += before[tail..].find(' ')? + 1;
    }
    let head = before[tail..].strip_suffix(' ')?;
    let head = head
        .strip_suffix("'s")
        .or_else(|| head.strip_suffix("’s"))
        .unwrap_or(head);
    let starts: Vec<usize> = std::iter::once(0)
        .chain(head.match_indices(' ').map(|(i, _)| i + 1))
        .collect();
    // Longest first ("South African" before "African"), at most four words: the last four
    // starts.
    starts[starts.len().saturating_sub(4)..]
        .iter()
        .find_map(|&at| code(&head[at..]).map(|c| (c, tail + at)))
}

/// " of Ghana", " of the United Kingdom" right after a title: the country, and the length
/// read. A country's name, not a demonym ("of the Brazilian Coffee Institute"), that ends the
/// noun phrase: "of Ghana's party", "of Francesca" and "of India His Excellency …" are not.
pub fn after_title(rest: &str) -> Option<(&'static str, usize)> {
    let body = rest.strip_prefix(" of ")?;
    let ends: Vec<usize> = body
        .match_indices([' ', ',', '.', ';', ':', ')'])
        .map(|(i, _)| i)
        .chain(std::iter::once(body.len()))
        .take(8)
        .collect();
    // The longest run of words that is a country's name: "the United States of America".
    ends.iter().rev().find_map(|&end| {
        let after = &body[end..];
        let goes_on = after.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
            || after
                .strip_prefix(' ')
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        (!goes_on && end > 0)
            .then(|| name(&body[..end]))
            .flatten()
            .map(|c| (c, " of ".len() + end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_demonyms_and_copy_forms() {
        assert_eq!(code("France"), Some("FR"));
        assert_eq!(code("French"), Some("FR"));
        assert_eq!(code("Britain"), Some("GB"));
        assert_eq!(code("U.S."), Some("US"));
        assert_eq!(code("the United Kingdom"), Some("GB"));
        assert_eq!(code("Congolese"), None, "two countries' demonym");
        assert_eq!(code("Royal Society"), None);
    }

    #[test]
    fn a_country_before_a_title() {
        let is_title = |s: &str| ["President", "Prime Minister", "president"].contains(&s);
        assert_eq!(before_title("French President", is_title), Some(("FR", 7)));
        assert_eq!(before_title("Ghana's president", is_title), Some(("GH", 8)));
        assert_eq!(before_title("Britain’s Prime Minister", is_title), Some(("GB", 12)));
        assert_eq!(before_title("Vice President", is_title), None);
        assert_eq!(before_title("President", is_title), None);
    }

    #[test]
    fn a_country_just_before() {
        let code = |s: &str| before(s).map(|(c, _)| c);
        assert_eq!(code("Norway's "), Some("NO"));
        assert_eq!(code("He said the UK’s "), Some("GB"));
        assert_eq!(code("The South African "), Some("ZA"));
        assert_eq!(code("Russian "), Some("RU"));
        assert_eq!(code("The club's "), None);
        assert_eq!(code("Norway"), None);
        assert_eq!(before("the Bank of China "), Some(("CN", 12)));
    }

    #[test]
    fn a_country_after_a_title() {
        assert_eq!(after_title(" of Ghana, Ian Moss"), Some(("GH", 9)));
        assert_eq!(after_title(" of the United States, said"), Some(("US", 21)));
        assert_eq!(after_title(" of the Royal Society, Ian Moss"), None);
        assert_eq!(after_title(" of Ghana's party"), None);
        assert_eq!(after_title(" of Francesca"), None);
        assert_eq!(after_title(" of the Brazilian Coffee Institute, Jorio Dauster"), None);
        assert_eq!(after_title(" of India His Excellency Vinay Kwatra"), None);
        assert_eq!(after_title(" of India."), Some(("IN", 9)));
        assert_eq!(after_title(", Ian Moss"), None);
    }
}
