#!/usr/bin/env python3
"""Headline, author and date figures of real pith output on the TRAIN split.

Usage (from the repository root):
  bench/dev_fields.py [--pith build/pith] [--model FILE] [--corpus ../shared/corpus] [--keep DIR]
                      [--now 2026-04-01T00:00:00Z] [--misses FIELD]
                      [--ids-dir DIR --half a|b] [--wrong-bylines]

The dev loop for src/assemble.cpp and the metadata parsers: runs
`pith --format json --no-template --now NOW` on the train ids of wcxb (innertext,
lynx, gettext), readability (innertext, lynx, gettext) and trafilatura_eval
(innertext), scores each set with ../shared/eval/score.py --ids train.txt and
prints title exact/fuzzy, author and date per set and pooled.

--now is pinned so that runs compare: the corpus files' modification time is
the day they were copied, not the day each page was crawled, so no "now" is
right for relative dates ("3 hours ago"); the default is a date after every
gold date of the corpus, so that no real publication date is rejected as
future.

--misses title|author|date prints, for each page where that field is wrong, the
gold value beside pith's, to see what to fix.

--ids-dir DIR --half a|b runs and scores only the train ids listed in
DIR/half-<a|b>-<dataset>.txt (a development half to read misses on, and a
validation half that is only measured: rules fitted to single pages show up
as a gain on one half only).

--model FILE runs pith with another model. The embedded default model was
trained on every train page, these included, so that its labels are better
here than on unseen pages: bylines the rules take from lines the model
labels metadata look surer than they are (on 27 Nov, wcxb author 0.80 with
the default model, 0.72-0.75 with the held-out dev models of bench/dev_eval,
0.64 on the test split). With --half, pass the model trained on the other
half (bench/dev_eval --keep DIR writes DIR/dev.pithm).

--wrong-bylines also counts the pages whose gold names an author where pith
gives a byline that misses it (a wrong byline is worse than none) beside those
where pith gives none.

Never run it on the test split: tuning happens here, measuring in bench/accuracy.
"""
import argparse
import json
import os
import subprocess
import shutil
import sys
import tempfile

SETS = [("wcxb", "innertext"), ("wcxb", "lynx"), ("wcxb", "gettext"),
        ("readability", "innertext"), ("readability", "lynx"), ("readability", "gettext"),
        ("trafilatura_eval", "innertext")]
METRICS = ["title_exact", "title_fuzzy", "author", "date"]


def read_ids(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def run_set(pith, model, corpus, dataset, renderer, now, out_dir, ids_path):
    ids = read_ids(ids_path)
    src = os.path.join(corpus, dataset, renderer)
    files = [i + ".txt" for i in ids if os.path.exists(os.path.join(src, i + ".txt"))]
    os.makedirs(out_dir, exist_ok=True)
    model_args = ["--model", model] if model else []
    subprocess.run([pith, "-q", "--no-template", "--format", "json", "--now", now, "-j", "2",
                    "-o", out_dir] + model_args + files, cwd=src, check=False)


def score(score_py, corpus, dataset, out_dir, ids_path):
    proc = subprocess.run([sys.executable, score_py, os.path.join(corpus, dataset, "gold.jsonl"),
                           out_dir, "--ids", ids_path,
                           "--per-page"], stdout=subprocess.PIPE, check=True, text=True)
    rows = []
    for line in proc.stdout.splitlines():
        if not line.startswith("id="):
            continue  # the summary after the per-page rows
        row = dict(kv.split("=", 1) for kv in line.split("\t"))
        rows.append({k: (v if k == "id" else float(v)) for k, v in row.items()})
    return rows


def summary(rows):
    out = {}
    for m in METRICS:
        vals = [r[m] for r in rows if m in r]
        out[m] = (sum(vals) / len(vals) if vals else None, len(vals))
    return out


def read_gold(corpus, dataset):
    gold = {}
    with open(os.path.join(corpus, dataset, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            gold[g["id"]] = g
    return gold


def read_pred(out_dir, page_id):
    try:
        with open(os.path.join(out_dir, page_id + ".json"), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def author_failures(out_dir, rows):
    """(no byline, wrong byline) counts over the author misses."""
    none = wrong = 0
    for r in rows:
        if r.get("author") != 0.0:
            continue
        pred = read_pred(out_dir, r["id"])
        if (pred.get("byline") or "").strip() or pred.get("authors"):
            wrong += 1
        else:
            none += 1
    return none, wrong


def print_misses(field, corpus, dataset, out_dir, rows):
    gold = read_gold(corpus, dataset)
    key = {"title": "title_exact"}.get(field, field)
    pred_key = {"author": "byline"}.get(field, field)
    for r in rows:
        if r.get(key) != 0.0:
            continue
        pred = read_pred(out_dir, r["id"])
        g = gold[r["id"]]
        print(f"{r['id']}\tgold={g.get(field)!r}\tpith={pred.get(pred_key)!r}"
              + (f"\tdate_text={pred.get('date_text')!r}" if field == "date" else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pith", default="build/pith")
    ap.add_argument("--model", help="pith --model FILE (default: the embedded model)")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--score", default=None, help="score.py (default: CORPUS/../eval/score.py)")
    ap.add_argument("--now", default="2026-04-01T00:00:00Z")
    ap.add_argument("--keep", help="keep the outputs under this directory (default: a temporary "
                    "one, removed at the end)")
    ap.add_argument("--misses", choices=["title", "author", "date"])
    ap.add_argument("--only", help="only this dataset/renderer, e.g. wcxb/innertext")
    ap.add_argument("--ids-dir", help="directory of half-a-<dataset>.txt / half-b-<dataset>.txt")
    ap.add_argument("--half", choices=["a", "b"], help="score only this half's ids (--ids-dir)")
    ap.add_argument("--wrong-bylines", action="store_true",
                    help="count author misses with no byline and with a wrong one")
    a = ap.parse_args()
    if bool(a.ids_dir) != bool(a.half):
        ap.error("--ids-dir and --half go together")
    pith = os.path.abspath(a.pith)
    model = os.path.abspath(a.model) if a.model else None
    corpus = os.path.abspath(a.corpus)
    score_py = a.score or os.path.join(os.path.dirname(corpus), "eval", "score.py")
    root = a.keep or tempfile.mkdtemp(prefix="pith-dev-fields-")
    pooled = []
    failures = [0, 0]
    print(f"| set | {' | '.join(METRICS)} |")
    print("|---|" + "---|" * len(METRICS))
    for dataset, renderer in SETS:
        if a.only and a.only != f"{dataset}/{renderer}":
            continue
        out_dir = os.path.join(root, dataset, renderer)
        ids_path = (os.path.join(os.path.abspath(a.ids_dir), f"half-{a.half}-{dataset}.txt")
                    if a.half else os.path.join(corpus, dataset, "train.txt"))
        run_set(pith, model, corpus, dataset, renderer, a.now, out_dir, ids_path)
        rows = score(score_py, corpus, dataset, out_dir, ids_path)
        pooled.extend(rows)
        if a.wrong_bylines:
            none, wrong = author_failures(out_dir, rows)
            failures[0] += none
            failures[1] += wrong
        s = summary(rows)
        cells = [f"{v:.3f} (n={n})" if v is not None else "-" for v, n in (s[m] for m in METRICS)]
        print(f"| {dataset}/{renderer} | {' | '.join(cells)} |", flush=True)
        if a.misses:
            print_misses(a.misses, corpus, dataset, out_dir, rows)
    s = summary(pooled)
    cells = [f"{v:.3f} (n={n})" if v is not None else "-" for v, n in (s[m] for m in METRICS)]
    print(f"| pooled | {' | '.join(cells)} |")
    if a.wrong_bylines:
        print(f"author misses: {failures[0]} without a byline, {failures[1]} with a wrong one")
    if not a.keep:
        # (Each run writes about 50 MB; left behind, they filled the disk.)
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
