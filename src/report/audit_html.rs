//! `claimcheck audit --html` / `--svg`: a one-page report read at a glance. The chart of
//! findings per year by id is an SVG drawn here (stacked bars, one colour an id), so the page
//! is self-contained: no script, no font, nothing fetched. The same SVG is `--svg`'s file.

use super::Summary;
use super::audit::{Audit, TopRecord};
use std::fmt::Write as _;

/// One colour an id, in the order of `Audit::ids_by_count`; told apart in print and by the
/// colour-blind (Okabe–Ito).
const COLOURS: &[&str] = &[
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
];

const WIDTH: usize = 720;
const HEIGHT: usize = 260;
/// Room for the axis labels and the legend.
const LEFT: usize = 48;
const BOTTOM: usize = 28;
const TOP: usize = 12;

/// The whole page.
pub fn page(title: &str, summary: &Summary, audit: &Audit) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style></head>\n<body>\n<h1>{}</h1>\n",
        escape(title),
        escape(title)
    );
    let _ = writeln!(out, "<p class=\"line\">{}</p>", escape(&summary.line()));
    let _ = writeln!(out, "<h2>Findings per year by id</h2>\n{}", chart(audit));
    counts(&mut out, summary, audit);
    top(&mut out, audit);
    out.push_str("</body></html>\n");
    out
}

/// Findings per year, stacked by id, with a legend: the `--svg` file, and the page's chart.
pub fn chart(audit: &Audit) -> String {
    let years = audit.years();
    let ids = audit.ids_by_count();
    let mut svg = String::new();
    let legend_rows = ids.len().div_ceil(4);
    let height = HEIGHT + legend_rows * 18;
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">"
    );
    let _ = writeln!(svg, "<rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#fff\"/>");
    let totals: Vec<usize> = years
        .iter()
        .map(|&y| ids.iter().map(|(id, _)| audit.count(y, id)).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    let plot_h = HEIGHT - TOP - BOTTOM;
    let base = HEIGHT - BOTTOM;
    // The axis: zero and the highest total.
    let _ = writeln!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{WIDTH}\" y2=\"{base}\" stroke=\"#333\"/>\n<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{max}</text>\n<text x=\"{}\" y=\"{base}\" text-anchor=\"end\">0</text>",
        LEFT - 4,
        TOP + 8,
        LEFT - 4
    );
    if !years.is_empty() {
        let slot = (WIDTH - LEFT) as f64 / years.len() as f64;
        let bar = (slot * 0.7).max(1.0);
        for (i, &year) in years.iter().enumerate() {
            let x = LEFT as f64 + slot * i as f64 + (slot - bar) / 2.0;
            let mut y = base as f64;
            for (k, (id, _)) in ids.iter().enumerate() {
                let n = audit.count(year, id);
                if n == 0 {
                    continue;
                }
                let h = n as f64 / max as f64 * plot_h as f64;
                y -= h;
                let _ = writeln!(
                    svg,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\"><title>{year} {}: {n}</title></rect>",
                    COLOURS[k % COLOURS.len()],
                    escape(id)
                );
            }
            // Every year labelled when they fit, else every few.
            let every = years.len().div_ceil(20);
            if i % every == 0 {
                let _ = writeln!(
                    svg,
                    "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
                    x + bar / 2.0,
                    base + 16
                );
            }
        }
    }
    for (k, (id, n)) in ids.iter().enumerate() {
        let (col, row) = (k % 4, k / 4);
        let (x, y) = (LEFT + col * 168, HEIGHT + row * 18);
        let _ = writeln!(
            svg,
            "<rect x=\"{x}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{} ({n})</text>",
            y - 9,
            COLOURS[k % COLOURS.len()],
            x + 14,
            y,
            escape(id)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Findings by id and by severity, claims per verdict, records read and skipped.
fn counts(out: &mut String, summary: &Summary, audit: &Audit) {
    out.push_str("<div class=\"counts\">\n<table><caption>Findings by id</caption>\n");
    for (id, n) in audit.ids_by_count() {
        let _ = writeln!(out, "<tr><td>{}</td><td class=\"n\">{n}</td></tr>", escape(id));
    }
    out.push_str("</table>\n<table><caption>Findings by severity</caption>\n");
    for severity in ["error", "warning", "note"] {
        let n = audit.by_severity.get(severity).copied().unwrap_or(0);
        let _ = writeln!(out, "<tr><td>{severity}</td><td class=\"n\">{n}</td></tr>");
    }
    out.push_str("</table>\n<table><caption>Claims and records</caption>\n");
    for (what, n) in [
        ("supported", summary.supported),
        ("contradicted", summary.contradicted),
        ("unverifiable", summary.unverifiable),
        ("records checked", summary.records),
        ("bad records skipped", summary.bad_records),
        ("files checked", summary.files),
    ] {
        let _ = writeln!(out, "<tr><td>{what}</td><td class=\"n\">{n}</td></tr>");
    }
    out.push_str("</table>\n</div>\n");
}

/// The records with the most findings, each finding as its sentence before and after.
fn top(out: &mut String, audit: &Audit) {
    if audit.top.is_empty() {
        return;
    }
    out.push_str("<h2>Records with the most findings</h2>\n");
    for record in &audit.top {
        record_section(out, record);
    }
}

fn record_section(out: &mut String, record: &TopRecord) {
    let _ = writeln!(
        out,
        "<section><h3>{} <small>{} · {} finding{}</small></h3>",
        escape(&record.name()),
        escape(&record.date),
        record.findings,
        if record.findings == 1 { "" } else { "s" }
    );
    for shown in &record.shown {
        let _ = writeln!(
            out,
            "<p><b class=\"{}\">{}[{}]</b> {} — {}</p>",
            shown.severity.as_str(),
            shown.severity.as_str(),
            escape(&shown.id),
            escape(&shown.place),
            escape(&shown.message)
        );
        let _ = writeln!(out, "<pre class=\"del\">- {}</pre>", escape(&shown.before));
        if let Some(after) = &shown.after {
            let _ = writeln!(out, "<pre class=\"ins\">+ {}</pre>", escape(after));
        }
        if let Some(fact) = &shown.fact {
            let _ = writeln!(out, "<p class=\"fact\">fact: {}</p>", escape(fact));
        }
    }
    out.push_str("</section>\n");
}

const STYLE: &str = "body{font-family:sans-serif;max-width:60em;margin:1em auto;color:#222}\
.line{font-weight:bold}.counts{display:flex;gap:2em;flex-wrap:wrap}\
table{border-collapse:collapse}caption{text-align:left;font-weight:bold}\
td{padding:0 .6em;border-bottom:1px solid #ddd}.n{text-align:right}\
pre{white-space:pre-wrap;margin:0 0 0 1em;padding:.1em .4em}\
.del{background:#fde8e8}.ins{background:#e6f6e6}.fact{color:#555;margin-left:1em}\
.error{color:#b00}.warning{color:#a60}.note{color:#06a}section{margin-bottom:1em}";

/// Text as HTML (and SVG) content or an attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_stacks_each_years_findings_and_escapes_names() {
        let mut audit = Audit::default();
        audit.by_id.insert("a<b".into(), 3);
        audit.by_id.insert("c".into(), 1);
        audit.by_year.entry(2020).or_default().insert("a<b".into(), 2);
        audit.by_year.entry(2022).or_default().insert("a<b".into(), 1);
        audit.by_year.entry(2022).or_default().insert("c".into(), 1);
        for year in [2020, 2022] {
            audit.checked_by_year.insert(year, 5);
        }
        let svg = chart(&audit);
        // 2021 has a slot and a label but no bar; 2022's two ids stack to the top.
        assert_eq!(svg.matches("<title>").count(), 3);
        assert!(svg.contains(">2021</text>"));
        assert!(svg.contains("<title>2022 a&lt;b: 1</title>") && svg.contains("a&lt;b (3)"));
        assert!(!svg.contains("a<b"));
        // The highest total (2 in both years) fills the plot's height; 2022's second id sits
        // on its first.
        assert!(
            svg.contains("y=\"12.0\" width=\"156.8\" height=\"220.0\" fill=\"#0072B2\"><title>2020"),
            "{svg}"
        );
        assert!(
            svg.contains("y=\"122.0\" width=\"156.8\" height=\"110.0\" fill=\"#0072B2\"><title>2022"),
            "{svg}"
        );
        assert!(
            svg.contains("y=\"12.0\" width=\"156.8\" height=\"110.0\" fill=\"#D55E00\"><title>2022"),
            "{svg}"
        );
    }
}
