#!/usr/bin/env python3
"""Body F1 with and without template learning on same-site batches.

Usage (from the repository root): bench/templates.py [--corpus DIR] [--pith BIN]
                                     [--dataset l3s_gn1] [--min-pages 5] [--model FILE]

Groups the dataset's pages by the host of their gold URL ("www." dropped, so
www.example.com and example.com are one site), keeps hosts with at
least --min-pages pages (l3s_gn1: 13 sites, 105 pages), lays each renderer's
pages out as <host>/<id>.txt (the site of a page is its parent directory),
runs `pith -o OUT --format json` over that tree with template learning and with
--no-template, and scores both with ../shared/eval/score.py. Nothing is fitted:
templates are counted from the batch itself, as a user's batch would be.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from urllib.parse import urlparse


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--pith", default="build/pith")
    parser.add_argument("--dataset", default="l3s_gn1")
    parser.add_argument("--min-pages", type=int, default=5)
    parser.add_argument("--model", help="a model file for pith --model (default: built in)")
    args = parser.parse_args()

    dataset = os.path.join(args.corpus, args.dataset)
    score = os.path.join(os.path.dirname(os.path.abspath(args.corpus)), "eval", "score.py")
    by_host = collections.defaultdict(list)
    with open(os.path.join(dataset, "gold.jsonl"), encoding="utf-8") as gold:
        for line in gold:
            record = json.loads(line)
            host = (urlparse(record.get("url") or "").hostname or "").lower()
            host = host[4:] if host.startswith("www.") else host
            if host:
                by_host[host].append(record["id"])
    sites = {h: ids for h, ids in by_host.items() if len(ids) >= args.min_pages}
    page_count = sum(len(ids) for ids in sites.values())
    print(f"{args.dataset}: {len(sites)} sites with >= {args.min_pages} pages, {page_count} pages")

    renderers = sorted(d for d in os.listdir(dataset) if os.path.isdir(os.path.join(dataset, d)))
    print(f"{'renderer':<10} {'pages':>5} {'F1 no-template':>15} {'F1 templates':>13} {'gain':>7}")
    totals = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as work:
        ids_file = os.path.join(work, "ids.txt")
        with open(ids_file, "w") as f:
            f.write("".join(i + "\n" for ids in sites.values() for i in ids))
        for renderer in renderers:
            tree = os.path.join(work, renderer, "in")
            for host, ids in sites.items():
                os.makedirs(os.path.join(tree, host))
                for page_id in ids:
                    source = os.path.abspath(os.path.join(dataset, renderer, page_id + ".txt"))
                    if os.path.exists(source):
                        os.symlink(source, os.path.join(tree, host, page_id + ".txt"))
            row = {}
            for mode in ("no-template", "templates"):
                out = os.path.join(work, renderer, mode)
                flags = ["--no-template"] if mode == "no-template" else []
                if args.model:
                    flags += ["--model", args.model]
                subprocess.run([args.pith, "-q", "--format", "json", "--now", "2025-01-01",
                                *flags, "-o", out, tree], check=False)
                flat = os.path.join(work, renderer, mode + "-flat")
                os.makedirs(flat)
                for host in sites:
                    for name in os.listdir(os.path.join(out, host)):
                        os.symlink(os.path.join(out, host, name), os.path.join(flat, name))
                result = subprocess.run([sys.executable, score, os.path.join(dataset, "gold.jsonl"),
                                         flat, "--ids", ids_file, "--json"],
                                        capture_output=True, text=True, check=True)
                row[mode] = body_f1(result.stdout)
                totals[mode].append(row[mode])
            pages = sum(len(os.listdir(os.path.join(tree, h))) for h in sites)
            print(f"{renderer:<10} {pages:>5} {row['no-template']:>15.4f} {row['templates']:>13.4f}"
                  f" {row['templates'] - row['no-template']:>+7.4f}")
    mean = {m: sum(v) / len(v) for m, v in totals.items()}
    print(f"{'mean':<10} {'':>5} {mean['no-template']:>15.4f} {mean['templates']:>13.4f}"
          f" {mean['templates'] - mean['no-template']:>+7.4f}")


def body_f1(score_json):
    """score.py --json reports the macro body F1 as "f1"."""
    return float(json.loads(score_json)["f1"])


if __name__ == "__main__":
    main()
