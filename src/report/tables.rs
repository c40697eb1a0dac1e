//! The audit's tables as plain text (`--summary` in human output, `claimcheck audit`): read
//! at a glance in a terminal, aligned, with no colour.

use super::Summary;
use super::audit::Audit;
use std::fmt::Write as _;

/// Every table of the audit, then the records read and the rate, ending with a blank line.
pub fn render(summary: &Summary, audit: &Audit) -> String {
    let mut out = String::new();
    by_id(&mut out, audit);
    by_severity(&mut out, audit);
    by_year(&mut out, audit);
    top_records(&mut out, audit);
    let _ = writeln!(
        out,
        "Claims: {} supported, {} contradicted, {} unverifiable",
        summary.supported, summary.contradicted, summary.unverifiable
    );
    let _ = writeln!(
        out,
        "Records: {} read, {} skipped as bad; files: {}",
        summary.records + summary.bad_records,
        summary.bad_records,
        summary.files
    );
    if let Some(throughput) = &summary.throughput {
        let _ = writeln!(out, "Read: {}", throughput.line());
    }
    out.push('\n');
    out
}

fn by_id(out: &mut String, audit: &Audit) {
    let _ = writeln!(out, "Findings by id");
    let ids = audit.ids_by_count();
    if ids.is_empty() {
        let _ = writeln!(out, "  none\n");
        return;
    }
    let width = ids.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
    let digits = ids.iter().map(|(_, n)| n.to_string().len()).max().unwrap_or(1);
    for (id, n) in ids {
        let _ = writeln!(out, "  {id:<width$}  {n:>digits$}");
    }
    out.push('\n');
}

fn by_severity(out: &mut String, audit: &Audit) {
    let count = |s: &str, one: &str, many: &str| {
        let n = audit.by_severity.get(s).copied().unwrap_or(0);
        format!("{n} {}", if n == 1 { one } else { many })
    };
    let _ = writeln!(
        out,
        "Findings by severity: {}, {}, {}\n",
        count("error", "error", "errors"),
        count("warning", "warning", "warnings"),
        count("note", "note", "notes")
    );
}

/// Years down, ids across (most frequent first), with the articles checked each year.
fn by_year(out: &mut String, audit: &Audit) {
    let years = audit.years();
    if years.is_empty() {
        return;
    }
    let ids: Vec<&str> = audit.ids_by_count().into_iter().map(|(id, _)| id).collect();
    let mut header = vec!["year".to_string(), "checked".to_string()];
    header.extend(ids.iter().map(|id| id.to_string()));
    header.push("total".to_string());
    let mut rows = vec![header];
    for year in years {
        let counts: Vec<usize> = ids.iter().map(|id| audit.count(year, id)).collect();
        let mut row = vec![
            year.to_string(),
            audit.checked_by_year.get(&year).copied().unwrap_or(0).to_string(),
        ];
        row.extend(counts.iter().map(usize::to_string));
        row.push(counts.iter().sum::<usize>().to_string());
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].len()).max().unwrap_or(0))
        .collect();
    let _ = writeln!(out, "Findings by year and id");
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, &w))| {
                if c == 0 {
                    format!("{cell:<w$}")
                } else {
                    format!("{cell:>w$}")
                }
            })
            .collect();
        let _ = writeln!(out, "  {}", cells.join("  "));
    }
    out.push('\n');
}

fn top_records(out: &mut String, audit: &Audit) {
    if audit.top.is_empty() {
        return;
    }
    let _ = writeln!(out, "Records with the most findings");
    let digits = audit.top[0].findings.to_string().len();
    for record in &audit.top {
        let _ = writeln!(
            out,
            "  {:>digits$}  {}  {}",
            record.findings,
            record.date,
            record.name()
        );
    }
    out.push('\n');
}
