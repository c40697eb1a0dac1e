//! Amounts: "91", "1,200", "three", "at least three", "more than 40", "about 20".

use super::english;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while1},
    combinator::opt,
};

/// A count as a range of values: "three" is 3..=3, "at least three" 3.., "about 20" 16..=24.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub low: u64,
    /// `None`: no upper bound.
    pub high: Option<u64>,
}

impl Amount {
    /// Can both amounts be true of one count?
    pub fn agrees(&self, other: &Amount) -> bool {
        let below = |a: &Amount, b: &Amount| a.high.is_some_and(|h| h < b.low);
        !below(self, other) && !below(other, self)
    }
}

fn count(i: &str) -> IResult<&str, u64> {
    if let Ok((rest, digits)) =
        take_while1::<_, _, nom::error::Error<&str>>(|c: char| c.is_ascii_digit() || c == ',')(i)
        && !digits.ends_with(',')
        && !digits.starts_with(',')
        && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '.')
        && let Ok(n) = digits.replace(',', "").parse::<u64>()
    {
        return Ok((rest, n));
    }
    for (word, n) in english::NUMBER_WORDS {
        for form in [word.to_string(), capitalise(word)] {
            if let Some(rest) = i.strip_prefix(form.as_str())
                && !rest.starts_with(char::is_alphanumeric)
            {
                return Ok((rest, *n));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// An amount with its qualifier.
pub fn amount(i: &str) -> IResult<&str, Amount> {
    let (rest, q) = opt(alt((
        tag("at least "),
        tag("At least "),
        tag("more than "),
        tag("More than "),
        tag("over "),
        tag("nearly "),
        tag("almost "),
        tag("up to "),
        tag("at most "),
        tag("fewer than "),
        tag("less than "),
        tag("about "),
        tag("around "),
        tag("some "),
        tag("roughly "),
    )))
    .parse(i)?;
    let (rest, n) = count(rest)?;
    let amount = match q.map(|q| q.trim_end().to_lowercase()).as_deref() {
        None => Amount { low: n, high: Some(n) },
        Some("at least") => Amount { low: n, high: None },
        Some("more than" | "over") => Amount { low: n + 1, high: None },
        Some("nearly" | "almost") => Amount {
            low: n.saturating_sub(n / 5 + 1),
            high: Some(n),
        },
        Some("up to" | "at most") => Amount { low: 0, high: Some(n) },
        Some("fewer than" | "less than") => Amount {
            low: 0,
            high: Some(n.saturating_sub(1)),
        },
        Some(_) => Amount {
            low: n.saturating_sub(n / 5),
            high: Some(n + n / 5),
        },
    };
    Ok((rest, amount))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(s: &str) -> Amount {
        amount(s).unwrap().1
    }

    #[test]
    fn amounts_and_agreement() {
        assert_eq!(a("three people"), Amount { low: 3, high: Some(3) });
        assert_eq!(a("at least three"), Amount { low: 3, high: None });
        assert_eq!(
            a("1,200 drones"),
            Amount {
                low: 1200,
                high: Some(1200)
            }
        );
        assert!(a("at least three").agrees(&a("three")));
        assert!(!a("three").agrees(&a("five")));
        assert!(a("more than 40").agrees(&a("45")));
        assert!(!a("more than 40").agrees(&a("40")));
        assert!(amount("3.5 pct").is_err());
        assert!(amount("threefold").is_err());
    }
}
