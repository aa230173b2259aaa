"""Cross-checks the project's ROUGE against the reference `rouge-score` package.

    swift run -c release briefing-bench summary --dump /tmp/summary-dump
    pip install rouge-score
    python3 Benchmarks/rouge_crosscheck.py /tmp/summary-dump/candidates.jsonl

Prints mean ROUGE-1/2/L F1 x100 per set and system; they should match the benchmark's table
to within a few hundredths (the Porter stemmers differ on a handful of rare words).
Never run by tests.
"""
import json
import sys
from collections import defaultdict

from rouge_score import rouge_scorer

scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
sums = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    s = scorer.score(row["reference"], row["candidate"])
    acc = sums[(row["set"], row["system"])]
    acc[0] += s["rouge1"].fmeasure
    acc[1] += s["rouge2"].fmeasure
    acc[2] += s["rougeL"].fmeasure
    acc[3] += 1
for (set_name, system), (r1, r2, rl, n) in sorted(sums.items()):
    print("%-5s %-9s %4d  R-1 %5.2f  R-2 %5.2f  R-L %5.2f" % (set_name, system, n, 100 * r1 / n, 100 * r2 / n, 100 * rl / n))
