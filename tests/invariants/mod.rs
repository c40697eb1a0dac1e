//! What must hold for any input, asserted by the fuzz targets (`fuzz/`), by the regression
//! inputs they found (`tests/regressions.rs`) and by the property tests: one definition each,
//! so a crash the fuzzer saved replays here exactly as it failed there.
//!
//! Inputs to `read` and `check_fix` are bytes: a mode byte (its low two bits choose the
//! format: .txt, .md, .html, .txt; bit 2 gives a `--date`), a day byte (`day_of`), then the
//! article. Inputs to `rules` are a pack's text.
#![allow(dead_code)]

use chrono::NaiveDate;
use claimcheck::article::{Article, DateSource, ReadOptions};
use claimcheck::checks::Outcome;
use claimcheck::claims;
use claimcheck::edit::Edit;
use claimcheck::engine::Engine;
use claimcheck::fix;
use claimcheck::report::{self, Format, PrintOptions, Summary};
use claimcheck::rules::RuleSet;
use std::ops::Range;
use std::sync::OnceLock;

pub fn shipped() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().expect("shipped packs load"))
}

/// How to read an input's article, and its text.
pub struct Input {
    pub origin: &'static str,
    pub options: ReadOptions,
    pub text: String,
}

/// `None` when the article is not UTF-8 (the CLI refuses such files before reading them).
pub fn split(data: &[u8]) -> Option<Input> {
    let (&mode, rest) = data.split_first()?;
    let (&day, rest) = rest.split_first()?;
    let text = std::str::from_utf8(rest).ok()?.to_string();
    let origin = match mode & 3 {
        1 => "fuzz.md",
        2 => "fuzz.html",
        _ => "fuzz.txt",
    };
    let date = (mode & 4 != 0).then(|| (day_of(day), DateSource::Flag));
    let options = ReadOptions {
        date,
        ..ReadOptions::default()
    };
    Some(Input { origin, options, text })
}

/// The input bytes for an article: the inverse of `split`.
pub fn join(format: u8, date: Option<u8>, text: &str) -> Vec<u8> {
    let mode = format | if date.is_some() { 4 } else { 0 };
    let mut data = vec![mode, date.unwrap_or(0)];
    data.extend_from_slice(text.as_bytes());
    data
}

/// The 15th of every other month from 1990 to 2032 (211 is 2025-03-15): the packs' facts
/// change across it.
pub fn day_of(byte: u8) -> NaiveDate {
    let year = 1990 + i32::from(byte / 6);
    let month = u32::from(byte % 6) * 2 + 1;
    NaiveDate::from_ymd_opt(year, month, 15).expect("a real day")
}

/// `range` lies in `text` and starts and ends on character boundaries.
pub fn assert_span(text: &str, range: &Range<usize>, what: &str) {
    assert!(
        range.start <= range.end && range.end <= text.len(),
        "{what} {range:?} is out of bounds (text has {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
        "{what} {range:?} is not on character boundaries"
    );
}

/// The readers, the grammar and claim extraction: nothing panics, and every range they hand
/// on (passage pieces, comments, markup, notices, claims and their sentences) lies in the text
/// on character boundaries, since reports and fixes slice the text with them.
pub fn read(data: &[u8]) {
    let Some(input) = split(data) else { return };
    let Ok(article) = Article::read(input.origin, input.text, &input.options) else {
        return;
    };
    assert_article_spans(&article);
    for claim in claims::extract(&article, shipped()) {
        assert_span(&article.text, &claim.span, "claim");
        assert_span(&article.text, &claim.sentence, "claim sentence");
        // Where reports place it, and what they quote of it.
        article.position(claim.span.start);
        article.position(claim.span.end);
        article.line_span(claim.span.start);
        article.read_text(claim.span.clone());
    }
}

pub fn assert_article_spans(article: &Article) {
    let text = &article.text;
    assert_span(text, &article.body, "body");
    let mut last_start = 0;
    for passage in &article.passages {
        let mut end = 0;
        for piece in &passage.pieces {
            let span = piece.span();
            assert_span(text, span, "passage piece");
            // `Article::read_text` finds pieces by binary search: they must be in order.
            assert!(
                span.start >= end,
                "pieces overlap or go backwards: {:?}",
                passage.pieces
            );
            end = span.end;
        }
        if let Some(first) = passage.pieces.first() {
            let start = first.span().start;
            assert!(start >= last_start, "passages out of text order");
            last_start = start;
        }
    }
    for comment in &article.comments {
        assert_span(text, comment, "comment");
    }
    for m in &article.markup {
        assert_span(text, &m.open, "markup opening");
        assert_span(text, &m.close, "markup closing");
    }
    for notice in &article.notices {
        assert_span(text, &(notice.offset..notice.offset), "notice");
    }
}

/// The rule loader on any text: errors, never a panic. (The fuzzer's time and memory limits
/// catch the rest.) A text that is not a pack at all fails at the YAML step before the
/// shipped packs are loaded, so that step is taken first, as `RuleSet::load` takes it,
/// thousands of times a second; the full load (75 ms with the shipped packs) only for packs.
pub fn rules(data: &[u8]) {
    let Ok(yaml) = std::str::from_utf8(data) else { return };
    if let Err((_, message)) = claimcheck::rules::schema::parse(yaml) {
        assert!(!message.contains('\n'), "a YAML error is one line: {message}");
        return;
    }
    if let Err(errors) = RuleSet::load(vec![("fuzz.yaml".to_string(), yaml.to_string())]) {
        assert!(!errors.is_empty(), "an error result names at least one error");
        for e in errors {
            assert!(!e.to_string().contains('\n'), "a rule error is one line: {e}");
        }
    }
}

/// Check and fix with the shipped packs. Every finding's span, sentence and fix lie in the
/// text on character boundaries; making the fixes changes no byte outside the fixes made; the
/// fixed text reads as the original did; and checking it again finds none of the fixed
/// findings at the place it was fixed. (A fix may bring a different claim to light, so only
/// the same check at the same place counts as a fix that did not hold.)
pub fn check_fix(data: &[u8]) {
    let Some(input) = split(data) else { return };
    let mut engine = Engine::new(shipped());
    engine.read = input.options;
    let Ok((article, outcome)) = engine.check_text(input.origin, input.text) else {
        return;
    };
    let text = &article.text;
    for f in outcome.findings() {
        assert_span(text, &f.span, "finding");
        assert_span(text, &f.sentence, "finding sentence");
        if let Some(e) = &f.fix {
            assert_span(text, &e.span(), "fix");
        }
    }
    // The reports slice the text with these spans too.
    print_human(&article, &outcome);

    let plan = fix::plan(&article, &outcome);
    let edits: Vec<Edit> = plan.applied.iter().filter_map(|f| f.fix.clone()).collect();
    assert_only_edits_changed(text, &plan.fixed, &edits);
    let _ = fix::unified_diff(input.origin, text, &plan.fixed);
    if !plan.changes_anything() {
        return;
    }
    let (_, again) = engine
        .check_text(input.origin, plan.fixed.clone())
        .expect("the fixed text reads as the original did");
    for f in &plan.applied {
        let e = f.fix.as_ref().expect("applied findings have a fix");
        // The finding and its fix, in the fixed text: a finding of the same check starting
        // there is the same finding again. One starting before it is another claim the fix
        // brought together ("former <em>former</em> President X" loses one "former" a run).
        let place =
            map_position(&edits, f.span.start.min(e.start), false)..map_position(&edits, f.span.end.max(e.end), true);
        let back = again
            .findings()
            .find(|g| g.check == f.check && place.contains(&g.span.start));
        assert!(
            back.is_none(),
            "the fix of {} at {:?} ({:?} → {:?}) did not hold: {:?} again at {:?} in {:?}",
            f.check,
            f.span,
            &text[e.span()],
            e.text,
            back.map(|g| &g.text),
            back.map(|g| &g.span),
            plan.fixed
        );
    }
}

fn print_human(article: &Article, outcome: &Outcome) {
    let options = PrintOptions {
        color: false,
        quiet: false,
        summary_line: false,
        rules: shipped(),
        baseline: false,
    };
    let mut printer = report::printer(Format::Human, &options);
    let mut out = Vec::new();
    let mut summary = Summary::default();
    summary.add(outcome);
    printer.start(&mut out).unwrap();
    printer.article(&mut out, article, outcome).unwrap();
    printer.finish(&mut out, &summary).unwrap();
}

/// Between and around the edits, `fixed` holds the original bytes, in order; each edit's
/// place holds its text. Checked from the edits alone, not by redoing `apply_all`'s loop.
pub fn assert_only_edits_changed(original: &str, fixed: &str, edits: &[Edit]) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.start);
    // How far the fixed text has moved against the original, before each edit.
    let mut shift: isize = 0;
    let mut kept_from = 0;
    for e in sorted {
        assert!(e.start >= kept_from, "applied edits overlap: {edits:?}");
        let gap = &original[kept_from..e.start];
        let at = (kept_from as isize + shift) as usize;
        assert_eq!(&fixed[at..at + gap.len()], gap, "bytes before {e:?} changed");
        let new_at = (e.start as isize + shift) as usize;
        assert_eq!(&fixed[new_at..new_at + e.text.len()], e.text, "{e:?} not made");
        shift += e.text.len() as isize - (e.end - e.start) as isize;
        kept_from = e.end;
    }
    assert_eq!(fixed.len() as isize, original.len() as isize + shift, "length");
    assert!(
        fixed.ends_with(&original[kept_from..]),
        "bytes after the last edit changed"
    );
}

/// Where a position in the original text is in the text with `edits` made; a position at or
/// inside an edit maps to the start of its new text, or with `after` to its end.
fn map_position(edits: &[Edit], position: usize, after: bool) -> usize {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.start);
    let mut shift: isize = 0;
    for e in sorted {
        let before = e.end < position || (e.end == position && (after || e.start < position));
        if before {
            shift += e.text.len() as isize - (e.end - e.start) as isize;
        } else if e.start < position {
            let start = e.start as isize + shift;
            return (start + if after { e.text.len() as isize } else { 0 }) as usize;
        } else {
            break;
        }
    }
    (position as isize + shift) as usize
}

/// An archive of any bytes: the first byte picks JSON Lines, CSV or TSV (gzip when the rest
/// starts with its magic, as the reader sees). Every record is checked or is a bad record of
/// one line; the archive's own errors are one line; every span of a checked record is valid.
pub fn archive(data: &[u8]) {
    use claimcheck::archive::{Archive, ArchiveFormat, Batch};
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = [ArchiveFormat::Jsonl, ArchiveFormat::Csv, ArchiveFormat::Tsv][usize::from(first % 3)];
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(format!("fuzz.{}", format.name()));
    std::fs::write(&path, rest).expect("the archive is written");
    let input = claimcheck::input::Input::file(path);
    let fields = claimcheck::article::Fields::default();
    let one_line = |e: &claimcheck::article::ArticleError| {
        assert!(!e.to_string().contains('\n'), "an archive error is one line: {e}");
    };
    let engine = Engine::new(shipped());
    let mut archive = match Archive::open(&input, format, &fields, true, Default::default()) {
        Ok(archive) => archive,
        Err(e) => return one_line(&e),
    };
    loop {
        match archive.next_batch() {
            Batch::Units(units) => {
                for unit in units {
                    let checked = unit
                        .into_record(archive.name(), &fields)
                        .and_then(|record| engine.check_record(archive.name(), record, &fields));
                    match checked {
                        Ok((article, outcome)) => {
                            assert_article_spans(&article);
                            for f in outcome.findings() {
                                assert_span(&article.text, &f.span, "finding");
                                article.place(f.span.start);
                            }
                        }
                        Err(e) => one_line(&e),
                    }
                }
            }
            Batch::Broken(e) => return one_line(&e),
            Batch::End => return,
        }
    }
}

/// A people index of any bytes: it opens or is refused in one line; an open one answers any
/// name and reads any of its records without a panic.
pub fn people_index(data: &[u8]) {
    use claimcheck::rules::index::PeopleIndex;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("fuzz.ccidx");
    std::fs::write(&path, data).expect("the index is written");
    let index = match PeopleIndex::open(&path.display().to_string()) {
        Ok(index) => index,
        Err(e) => {
            assert!(!e.to_string().contains('\n'), "an index error is one line: {e}");
            return;
        }
    };
    let text = String::from_utf8_lossy(data);
    for name in text.split(|c: char| !c.is_alphanumeric() && c != ' ').take(64) {
        for n in index.named(name) {
            assert!(n < index.header.people, "a name finds a person of the index");
        }
    }
    for n in (0..index.header.people).take(64) {
        index.person(n, 0);
    }
}
