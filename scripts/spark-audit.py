#!/usr/bin/env python3
"""Audits JSONL archives on a Spark cluster: every partition's records are piped through
`claimcheck check --input-format jsonl --format jsonl` (a pure filter), and the findings,
the bad records and the audit's tables are written to OUTPUT.

    spark-submit --files target/release/claimcheck scripts/spark-audit.py \\
        OUTPUT ARCHIVE.jsonl[.gz]... [-- CLAIMCHECK_OPTIONS...]

claimcheck reads each partition as its own standard input, so the line it reports for a
record is the record's line within the partition. The job numbers every file's lines itself
(one counting pass before the check) and writes each finding with the record's file, its
line in that file and its identity: the record's id, or `FILE:LINE` when it has none.
README.md, "Cluster use", describes the options and the outputs.
"""

import argparse
import json
import os
import shlex
import sys
from collections import Counter

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# The options the job owns: a JSONL filter whose exit status is 0 unless claimcheck itself
# fails (bad records and findings are data here, not failures), ending each partition's
# output with the summary line the job merges and checks its counts against.
FILTER_OPTIONS = (
    "check --input-format jsonl --format jsonl --summary --skip-bad --fail-on never --progress never --color never"
).split()

# claimcheck skips a line of ASCII whitespace as no record (Rust's is_ascii_whitespace).
BLANK = " \t\n\r\x0c"

# How many records claimcheck's summary names as having the most findings.
TOP_RECORDS = 20

# A finding as claimcheck writes it in JSONL, its `file` and `record` replaced by the record's
# place in the archive and its identity (Spark's DDL: the tables' schemas, even when empty).
FINDING = (
    "source_file string not null, source_line long not null, record_id string not null, id string, severity string,"
    " field string, line long, column long, utf16_column long, end_line long, end_column long, start long, end long,"
    " message string, original string, replacement string, fix struct<start: long, end: long, text: string>,"
    " fact string, quoted boolean, speaker string, date string, date_source string, date_kind string,"
    " fingerprint string"
)
BAD_RECORD = "source_file string not null, source_line long, record_id string, message string"
FINDINGS_BY_YEAR = "year int not null, id string not null, findings long not null"
CHECKED_BY_YEAR = "year int not null, records long not null"

SUMMARY_COUNTS = "files records bad_records claims supported contradicted unverifiable errors warnings notes".split()


def parse_args(argv):
    """The job's own options before `--`, claimcheck's after it, kept apart so that no
    claimcheck option is mistaken for the job's."""
    own, rest = (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="directory the tables are written to (must not exist)")
    parser.add_argument("inputs", nargs="+", help="JSONL archives, .gz or .bz2 too (one file each)")
    parser.add_argument(
        "--claimcheck",
        default="claimcheck",
        help="the binary: a bare name is a file shipped with --files (default: claimcheck); "
        "a path must exist on every node",
    )
    parser.add_argument("--min-partitions", type=int, default=None, help="per input file")
    parser.add_argument(
        "--output-format",
        choices=["parquet", "json", "both"],
        default="both",
        help="how the tables are written (the summary is JSON always)",
    )
    args = parser.parse_args(own)
    args.claimcheck_options = rest
    return args


def pipe_command(sc, binary, options):
    """The command and environment for RDD.pipe. RDD.pipe runs the command in an empty
    environment, so a bare name is looked up on a PATH made of the executor's working
    directory, where Spark puts what --files ships (SparkFiles' root on an executor), and
    the driver's SparkFiles root, where it is in local mode. A path is used as given."""
    threads = sc.getConf().get("spark.task.cpus", "1")
    config = [] if "--config" in options else ["--no-config"]
    command = shlex.join([binary, *FILTER_OPTIONS, "--threads", threads, *config, *options, "-"])
    if os.sep in binary:
        return command, {}
    return command, {"PATH": os.pathsep.join([".", os.path.dirname(SparkFiles.get(binary))])}


def read_lines(sc, inputs, min_partitions):
    """Every input's lines, in one RDD whose partitions are the files' in order, and the
    file each partition belongs to. Each file is its own textFile, so that a partition never
    mixes two files and a file's partitions are in the file's order."""
    files = [sc.textFile(path, min_partitions) for path in inputs]
    owners = [path for path, rdd in zip(inputs, files) for _ in range(rdd.getNumPartitions())]
    return sc.union(files), owners


def count_partition(lines):
    """One partition's line count and how many of its lines claimcheck reads as records."""
    total = records = 0
    for line in lines:
        total += 1
        records += bool(line.strip(BLANK))
    yield total, records


def partition_origins(owners, counts):
    """For every partition: its file, the file's line before its first one, and how many
    records claimcheck must account for in it."""
    origins, previous, offset = [], None, 0
    for owner, (total, records) in zip(owners, counts):
        offset = offset if owner == previous else 0
        origins.append((owner, offset, records))
        offset, previous = offset + total, owner
    return origins


def attribute(origins):
    """A function of a partition's claimcheck output that puts each finding and bad record
    back on its file and line, and fails the task when claimcheck's summary does not account
    for every record sent (a record must never be lost silently)."""

    def place(partition, output):
        source, offset, sent = origins[partition]
        summary = None
        for text in output:
            entry = json.loads(text)
            kind = entry.pop("type")
            if kind == "summary":
                summary = entry
                summary["audit"]["top"] = [relocated(top, source, offset) for top in summary["audit"]["top"]]
            else:
                yield kind, relocated(entry, source, offset)
        read = summary and summary.get("records", 0) + summary.get("bad_records", 0)
        if read != sent:
            raise RuntimeError(f"claimcheck accounted for {read} of {sent} records in partition {partition} ({source})")
        yield "summary", summary

    return place


def relocated(entry, source, offset):
    """An entry with the record's place in the archive and its identity in place of its place
    in the partition (`file` is `<stdin>` there, `record.line` the partition's line)."""
    record = entry.get("record") or {}
    line = offset + record["line"] if "line" in record else None
    identity = record.get("id") or (f"{source}:{line}" if line is not None else None)
    kept = {key: value for key, value in entry.items() if key not in ("file", "record")}
    return dict(kept, source_file=source, source_line=line, record_id=identity)


def finding_row(finding):
    """A finding in the table's shape. Its fingerprint hashes the record's id or, without one,
    its line within the partition, which changes with the partitioning: dropped then."""
    if finding["record_id"] != f"{finding['source_file']}:{finding['source_line']}":
        return finding
    return dict(finding, fingerprint=None)


def merge_summaries(summaries, order):
    """claimcheck's summary of the whole run from the partitions': counts added, the records
    with the most findings chosen again (ties: the first read, in `order` of the files)."""
    totals = Counter()
    by_id, by_severity, checked, by_year = Counter(), Counter(), Counter(), {}
    top = []
    for s in summaries:
        totals.update({key: s.get(key, 0) for key in SUMMARY_COUNTS})
        audit = s["audit"]
        by_id.update(audit["by_id"])
        by_severity.update(audit["by_severity"])
        checked.update(audit["checked_by_year"])
        for year, ids in audit["by_year"].items():
            by_year.setdefault(year, Counter()).update(ids)
        top.extend(audit["top"])
    top.sort(key=lambda t: (-t["findings"], order[t["source_file"]], t["source_line"]))
    audit = {
        "by_id": dict(by_id),
        "by_severity": dict(by_severity),
        "by_year": {year: dict(ids) for year, ids in by_year.items()},
        "checked_by_year": dict(checked),
        "top": top[:TOP_RECORDS],
    }
    return dict(totals, audit=audit)


def year_tables(summary):
    """The year × finding id table and the records checked per year, as rows."""
    audit = summary["audit"]
    findings = [(int(year), id_, n) for year, ids in audit["by_year"].items() for id_, n in ids.items()]
    checked = [(int(year), n) for year, n in audit["checked_by_year"].items()]
    return findings, checked


def write_table(spark, rows, schema, order, path, output_format):
    """Writes a table sorted by `order`, so that its part files, read in name order, are the
    same rows in the same order on every run."""
    frame = spark.createDataFrame(rows, schema).orderBy(*order)
    if output_format in ("parquet", "both"):
        frame.write.parquet(path + ".parquet")
    if output_format in ("json", "both"):
        frame.write.option("ignoreNullFields", "false").json(path + ".json")


def run(spark, args):
    """Pipes the archives through claimcheck and writes the five outputs."""
    sc = spark.sparkContext
    lines, owners = read_lines(sc, args.inputs, args.min_partitions)
    origins = partition_origins(owners, lines.mapPartitions(count_partition).collect())
    command, env = pipe_command(sc, args.claimcheck, args.claimcheck_options)
    entries = lines.pipe(command, env=env, checkCode=True).mapPartitionsWithIndex(attribute(origins)).cache()

    findings = entries.filter(lambda e: e[0] == "finding").map(lambda e: finding_row(e[1]))
    bad = entries.filter(lambda e: e[0] == "error").map(lambda e: e[1])
    order = {path: i for i, path in enumerate(args.inputs)}
    summary = merge_summaries(entries.filter(lambda e: e[0] == "summary").map(lambda e: e[1]).collect(), order)

    out, fmt = args.output.rstrip("/"), args.output_format
    key = ["source_file", "source_line"]
    write_table(spark, findings, FINDING, key + ["field", "start", "end", "id", "message"], out + "/findings", fmt)
    write_table(spark, bad, BAD_RECORD, key + ["message"], out + "/bad_records", fmt)
    by_year, checked = year_tables(summary)
    write_table(spark, by_year, FINDINGS_BY_YEAR, ["year", "id"], out + "/findings_by_year", fmt)
    write_table(spark, checked, CHECKED_BY_YEAR, ["year"], out + "/checked_by_year", fmt)
    sc.parallelize([json.dumps(summary, sort_keys=True)], 1).saveAsTextFile(out + "/summary.json")
    return summary


def main(argv):
    """Runs the job and prints the run's counts, bad records included, on stderr."""
    args = parse_args(argv)
    spark = SparkSession.builder.appName("claimcheck audit").getOrCreate()
    try:
        summary = run(spark, args)
    finally:
        spark.stop()
    counts = ", ".join(
        f"{summary[key]} {key.replace('_', ' ')}" for key in ("records", "bad_records", "errors", "warnings", "notes")
    )
    print(f"spark-audit: {counts}; written to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
