//! The nom grammar: paragraphs, sentences, quotations, names, modifiers, verb tense and dates,
//! all as spans. It knows no facts: the claims stage brings the vocabulary.

pub mod apposition;
pub mod countries;
pub mod dates;
pub mod english;
pub mod flat;
pub mod numbers;
pub mod paragraph;
pub mod phrase;
pub mod quote;
pub mod sentence;
pub mod verb;
pub mod when;

pub use flat::{Flat, Piece};
