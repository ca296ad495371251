#!/usr/bin/env python3
"""Checks an annotated set's gold and manifest against the rules of GOLD-FORMAT.md.

usage: python3 samples/check_gold.py SET_DIR   (samples/dev or samples/holdout: articles/, gold.jsonl, manifest.jsonl)

Checks that every gold line is JSON with the fields its kind needs, that its evidence occurs verbatim in
its article, that CAMEO codes exist in the engine's code table with the same quad class, that country
codes are known, parties sorted, dates well-formed and trade totals in alphabetical order. Prints the
words and facts of each article and exits 1 when anything is wrong.
"""
import csv
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
SET_DIR = Path(sys.argv[1]).resolve()
REPO = Path(__file__).resolve().parents[1]
CAMEO_TABLE = REPO / "extraction/src/main/resources/org/entente/extraction/event/cameo-codes.tsv"

# Country codes checked by hand against ISO 3166-1 alpha-3 (plus the historical SUN and DDR). The list is
# deliberately closed so that a typo cannot pass; add a code here when an article needs a new country.
COUNTRIES = frozenset("""
    AFG ARE ARG ARM AZE BDI BHR BRA BTN CAN CHN DDR DEU EGY ETH FRA GBR GEO GRC IND IRN IRQ ISR JPN KEN KHM
    KOR KWT LBY MEX OMN PAK PHL PRY QAT RUS RWA SAU SDN SOM SSD SUN SYR TUR TZA UGA UKR URY USA VEN VNM
    AUS BLR COL CUB DZA ECU ERI IDN JOR KAZ LBN POL PRK
""".split())
ACTORS = COUNTRIES | {"IGO"}
TYPES = {"treaty", "pact", "mou", "contract", "protocol", "agreement"}
DOMAINS = {"defence", "security", "diplomacy", "trade", "energy", "tourism", "culture", "maritime", "economy",
           "education", "other"}
STATUSES = {"proposed", "signed", "in_force", "stalled", "withdrawn", "ended"}
BASES = {"actual", "estimate", "target"}
REQUIRED = {
    "event": {"doc", "kind", "evidence", "source", "target", "cameo", "quad", "date"},
    "agreement": {"doc", "kind", "evidence", "parties", "title", "type", "domain", "status", "date"},
    "trade": {"doc", "kind", "evidence", "exporter", "importer", "flow", "year", "value_usd", "basis", "product"},
}
OPTIONAL = {"notes"}


def load_quads():
    with CAMEO_TABLE.open(encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return {row["code"]: int(row["quad"]) for row in csv.DictReader(rows, delimiter="\t")}


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def check_event(fact, quads):
    problems = []
    code = fact["cameo"]
    if code not in quads:
        problems.append(f"unknown CAMEO code {code!r}")
    elif quads[code] != fact["quad"]:
        problems.append(f"quad {fact['quad']} but the table gives {quads[code]} for {code}")
    for role in ("source", "target"):
        if fact[role] not in ACTORS:
            problems.append(f"{role} {fact[role]!r} is not a known code")
    if fact["source"] == fact["target"]:
        problems.append("source equals target")
    if not valid_date(fact["date"]):
        problems.append(f"bad date {fact['date']!r}")
    return problems


def check_agreement(fact):
    problems = []
    parties = fact["parties"]
    if not isinstance(parties, list) or len(set(parties)) < 2 or parties != sorted(set(parties)):
        problems.append(f"parties {parties} are not a sorted list of two or more distinct codes")
    else:
        problems += [f"party {p!r} is not a known country code" for p in parties if p not in COUNTRIES]
    for field, allowed in (("type", TYPES), ("domain", DOMAINS), ("status", STATUSES)):
        if fact[field] not in allowed:
            problems.append(f"{field} {fact[field]!r}")
    if not fact["title"]:
        problems.append("empty title")
    if not valid_date(fact["date"]):
        problems.append(f"bad date {fact['date']!r}")
    return problems


def check_trade(fact):
    problems = [f"{role} {fact[role]!r} is not a known country code"
                for role in ("exporter", "importer") if fact[role] not in COUNTRIES]
    if fact["flow"] not in ("export", "total"):
        problems.append(f"flow {fact['flow']!r}")
    elif fact["flow"] == "total" and not fact["exporter"] < fact["importer"]:
        problems.append("a total's two countries are not in alphabetical order")
    year = fact["year"]
    if year is not None and not (isinstance(year, int) and 1800 <= year <= 2100):
        problems.append(f"bad year {year!r}")
    value = fact["value_usd"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        problems.append(f"bad value_usd {value!r}")
    if fact["basis"] not in BASES:
        problems.append(f"basis {fact['basis']!r}")
    if fact["product"] is not None and not (isinstance(fact["product"], str) and fact["product"]):
        problems.append(f"bad product {fact['product']!r}")
    return problems


def check_fact(fact, articles, quads):
    kind = fact.get("kind")
    if kind not in REQUIRED:
        return [f"unknown kind {kind!r}"]
    missing, extra = REQUIRED[kind] - set(fact), set(fact) - REQUIRED[kind] - OPTIONAL
    if missing or extra:
        return [f"missing fields {sorted(missing)}, unexpected fields {sorted(extra)}"]
    if fact["doc"] not in articles:
        return [f"unknown doc {fact['doc']!r}"]
    problems = []
    evidence = fact["evidence"]
    if not evidence or len(evidence) >= 200:
        problems.append(f"evidence has {len(evidence)} characters")
    if evidence not in articles[fact["doc"]]:
        problems.append(f"evidence does not occur verbatim in the article: {evidence!r}")
    if kind == "event":
        return problems + check_event(fact, quads)
    if kind == "agreement":
        return problems + check_agreement(fact)
    return problems + check_trade(fact)


def check_manifest(articles):
    problems = []
    docs = set()
    with (SET_DIR / "manifest.jsonl").open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            entry = json.loads(line)
            docs.add(entry.get("doc"))
            if set(entry) != {"doc", "published", "note"}:
                problems.append(f"manifest.jsonl:{n}: fields {sorted(entry)}")
            published = entry.get("published")
            if published is not None and not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) and valid_date(published)):
                problems.append(f"manifest.jsonl:{n}: bad published {published!r}")
    if docs != set(articles):
        problems.append(f"manifest docs {sorted(docs)} differ from articles {sorted(articles)}")
    return problems


def main():
    quads = load_quads()
    articles = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET_DIR / "articles").glob("*.txt"))}
    problems = check_manifest(articles)
    counts = {doc: Counter() for doc in articles}
    with (SET_DIR / "gold.jsonl").open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"gold.jsonl:{n}: not JSON: {e}")
                continue
            problems += [f"gold.jsonl:{n}: {p}" for p in check_fact(fact, articles, quads)]
            if fact.get("doc") in counts:
                counts[fact["doc"]][fact.get("kind")] += 1
    total = Counter()
    for doc, count in counts.items():
        words = len(articles[doc].split())
        total.update(count)
        print(f"{doc}  words={words:5d}  event={count['event']:3d}  agreement={count['agreement']:3d}  "
              f"trade={count['trade']:3d}")
    print(f"all: event={total['event']} agreement={total['agreement']} trade={total['trade']} "
          f"facts={sum(total.values())}")
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
