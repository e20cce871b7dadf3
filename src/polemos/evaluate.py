"""Evaluation: score predictions against gold.

``score`` follows the rules of the shared scorer (``shared/eval/score.py``, described in
``shared/eval/README.md``) so that its numbers equal the scorer's on the same predictions.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

COUNT_FIELDS: tuple[str, ...] = ("killed", "injured", "arrested")


# --- matching rules --------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(the|a|an)\s+")
_NOT_WORDISH = re.compile(r"[^\w' -]")
_SPACES = re.compile(r"\s+")


def normalize_name(name: Any) -> str:
    """Lower case, no leading article, punctuation as spaces, single spaces."""
    text = "" if name is None else str(name)
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").strip()
    text = _ARTICLE.sub("", text)
    return _SPACES.sub(" ", _NOT_WORDISH.sub(" ", text)).strip()


def code_set(value: Any) -> set[str]:
    """The codes of a ``|``-separated alternative list (``"COP|MIL"``), upper-cased."""
    return {part.strip().upper() for part in str(value or "").split("|") if part.strip()}


def as_actor_list(actor: Any) -> list[Any]:
    """A predicted actor field (object, list or null) as a list."""
    if actor is None:
        return []
    return actor if isinstance(actor, list) else [actor]


def names_agree(predicted: Any, gold_names: Iterable[str]) -> bool:
    """Equal after normalising, or one contains the other on word boundaries (shorter ≥ 4 chars)."""
    pred = normalize_name(predicted)
    if len(pred) < 2:
        return False
    for gold_name in gold_names:
        gold = normalize_name(gold_name)
        if not gold:
            continue
        if pred == gold:
            return True
        short, long_ = (pred, gold) if len(pred) <= len(gold) else (gold, pred)
        if len(short) >= 4 and f" {short} " in f" {long_} ":
            return True
    return False


def actor_agrees(predicted: Any, gold: dict[str, Any] | None) -> bool:
    """A predicted actor (or any of a list) agrees by name, or by both country and sector codes."""
    preds = as_actor_list(predicted)
    if gold is None:
        return not preds
    gold_countries, gold_sectors = code_set(gold.get("country")), code_set(gold.get("sector"))
    for pred in preds:
        if not isinstance(pred, dict):
            continue
        if names_agree(pred.get("name"), gold.get("names", [])):
            return True
        if (gold_countries and gold_sectors and code_set(pred.get("country")) & gold_countries
                and code_set(pred.get("sector")) & gold_sectors):
            return True
    return False


def location_agrees(predicted: Any, gold: dict[str, Any] | None) -> bool | None:
    """Place name agrees (or, for a gold place given only as a country, the country); None: not scored."""
    if gold is None:
        return None
    if not isinstance(predicted, dict):
        return False
    if names_agree(predicted.get("name"), gold.get("names", [])):
        return True
    gold_countries = code_set(gold.get("country"))
    return bool(gold_countries) and not gold.get("names") and bool(code_set(predicted.get("country")) & gold_countries)


def location_country_agrees(predicted: Any, gold: dict[str, Any] | None) -> bool | None:
    """The place's country agrees; None when the gold gives no country."""
    if gold is None or not gold.get("country"):
        return None
    return isinstance(predicted, dict) and bool(code_set(predicted.get("country")) & code_set(gold.get("country")))


def date_agrees(predicted: Any, gold: str | None) -> bool | None:
    """The predicted date agrees at the gold's precision (``2019-10`` accepts ``2019-10-04``)."""
    if gold is None:
        return None
    return isinstance(predicted, str) and predicted[: len(gold)] == gold and len(predicted) >= len(gold)


def count_value(count: Any) -> int | float | None:
    """The number a predicted count stands for: best, else low, else high."""
    if not isinstance(count, dict):
        return None
    for key in ("best", "low", "high"):
        if isinstance(count.get(key), (int, float)):
            return count[key]  # type: ignore[no-any-return]
    return None


def count_agrees(predicted: Any, gold: dict[str, Any] | None) -> bool | None:
    """The predicted number lies in the gold's low..high; a count the gold lacks is wrong."""
    value = count_value(predicted)
    if gold is None:
        return None if value is None else False
    if value is None:
        return False
    low, high = gold.get("low"), gold.get("high")
    return (low is None or value >= low) and (high is None or value <= high)


def acceptable_types(gold: dict[str, Any]) -> set[str]:
    """The types a gold event accepts: one, or alternatives for a borderline case (``"AGREE|SUPPORT"``)."""
    return code_set(gold.get("type"))


def pair_weight(pred: dict[str, Any], gold: dict[str, Any]) -> int:
    """How well a prediction fits a gold event: 100 for each agreeing actor, then 10 for each of
    date, place and counts that agree, so actors outweigh everything else."""
    weight = 100 * int(actor_agrees(pred.get("source"), gold.get("source")))
    weight += 100 * int(actor_agrees(pred.get("target"), gold.get("target")))
    for ok in (date_agrees(pred.get("date"), gold.get("date")),
               location_agrees(pred.get("location"), gold.get("location")),
               *[count_agrees(pred.get(c), gold.get(c)) for c in COUNT_FIELDS]):
        weight += 10 * int(bool(ok))
    return weight


def pair_events(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(prediction, gold) pairs of an acceptable type, as the shared scorer pairs them.

    A maximum-weight bipartite matching: as many pairs as possible and, among those, the pairing
    that agrees best on actors, then on date, place and counts. Every allowed pair weighs ``big``
    (more than any sum of ``pair_weight``) plus its fit, so the number of pairs comes first.
    ``big`` and the method (Hungarian, same order of work) are the scorer's own, so that among
    equally good matchings the same one is chosen and the attribute figures agree too.
    """
    if not preds or not golds:
        return []
    big = 1 + pair_weight(preds[0], golds[0]) + 300 * (len(preds) + len(golds))
    types = [acceptable_types(gold) for gold in golds]
    weight = [[big + pair_weight(pred, gold) if kind in accepted else 0 for gold, accepted in zip(golds, types)]
              for pred, kind in ((p, str(p.get("type", "")).upper()) for p in preds)]
    return [(preds[i], golds[j]) for i, j in max_weight_matching(weight)]


def max_weight_matching(weight: list[list[int]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a matching of largest total weight in an n x m matrix (0: not allowed).

    The Hungarian method (O(max(n, m)^3)) on the square cost matrix ``top - weight``, padded with
    zero weights, step for step as in the shared scorer.
    """
    n = len(weight)
    m = len(weight[0]) if weight else 0
    size = max(n, m)
    if size == 0:
        return []
    top = max(max(row) for row in weight) if n and m else 0
    # cost[i][j] for 1-based i, j (row and column 0 unused), as the scorer indexes it
    cost = [[0] * (size + 1)] + [
        [0] + [top - (weight[i][j] if i < n and j < m else 0) for j in range(size)] for i in range(size)
    ]
    inf = float("inf")
    u: list[float] = [0] * (size + 1)  # potentials: whole numbers, kept as the scorer keeps them
    v: list[float] = [0] * (size + 1)
    match = [0] * (size + 1)  # match[j]: the row (1-based) on column j, 0 for none
    way = [0] * (size + 1)
    columns = range(1, size + 1)
    for i in range(1, size + 1):
        match[0], j0 = i, 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            row, u_i0 = cost[i0], u[i0]
            for j in columns:
                if not used[j]:
                    cur = row[j] - u_i0 - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    return [(match[j] - 1, j - 1) for j in columns
            if match[j] - 1 < n and j - 1 < m and weight[match[j] - 1][j - 1] > 0]


def relation_agrees(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Same type and both ends agree (either way round for the symmetric ALLY and ENEMY)."""
    kind = gold["type"].upper()
    if str(pred.get("type", "")).upper() != kind:
        return False
    if actor_agrees(pred.get("a"), gold["a"]) and actor_agrees(pred.get("b"), gold["b"]):
        return True
    return kind in ("ALLY", "ENEMY") and actor_agrees(pred.get("a"), gold["b"]) and actor_agrees(pred.get("b"), gold["a"])


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 (rounded to 3 places) with the raw counts."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn}


# --- scoring ---------------------------------------------------------------------------------

def score(gold: Iterable[dict[str, Any]], predictions: Iterable[Any], *, errors: list[str] | None = None) -> dict[str, Any]:
    """Scores of contract predictions against gold documents; mismatches are appended to ``errors``.

    A prediction that is not an object with a ``doc_id`` counts as an unreadable line.
    """
    golds = list(gold)
    event_preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    relation_preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    unreadable = 0
    for pred in predictions:
        if not isinstance(pred, dict) or "doc_id" not in pred:
            unreadable += 1
            continue
        target = relation_preds if pred.get("kind") == "relation" else event_preds
        target[str(pred["doc_id"])].append(pred)

    log: list[str] = errors if errors is not None else []
    typed = {"tp": 0, "fp": 0, "fn": 0}
    full_tp = 0
    attributes: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # name -> [right, scored]
    relations = {"tp": 0, "fp": 0, "fn": 0}
    for doc in golds:
        doc_id = str(doc["id"])
        full_tp += _score_events(doc_id, doc.get("events", []), event_preds.get(doc_id, []), typed, attributes, log)
        _score_relations(doc_id, doc.get("relations", []), relation_preds.get(doc_id, []), relations, log)

    gold_ids = {str(doc["id"]) for doc in golds}
    n_preds = sum(len(event_preds.get(doc_id, [])) for doc_id in gold_ids)
    n_gold = sum(len(doc.get("events", [])) for doc in golds)
    return {
        "documents": len(golds),
        "events_typed": prf(typed["tp"], typed["fp"], typed["fn"]),
        "events_full": prf(full_tp, n_preds - full_tp, n_gold - full_tp),
        "attributes": {
            name: {"accuracy": round(right / scored, 3) if scored else None, "scored": scored}
            for name, (right, scored) in sorted(attributes.items())
        },
        "relations": prf(relations["tp"], relations["fp"], relations["fn"]),
        "unreadable_lines": unreadable,
        "predictions_for_unknown_docs": sum(len(v) for k, v in event_preds.items() if k not in gold_ids),
    }


def _score_events(
    doc_id: str, golds: list[dict[str, Any]], preds: list[dict[str, Any]],
    typed: dict[str, int], attributes: dict[str, list[int]], log: list[str],
) -> int:
    """Adds one document's event matches to the tallies; returns its fully right events."""
    pairs = pair_events(preds, golds)
    typed["tp"] += len(pairs)
    typed["fp"] += len(preds) - len(pairs)
    typed["fn"] += len(golds) - len(pairs)
    paired_golds = {id(g) for _, g in pairs}
    paired_preds = {id(p) for p, _ in pairs}
    log += [f"{doc_id}: missed {g['type']}" for g in golds if id(g) not in paired_golds]
    log += [f"{doc_id}: extra {p.get('type')}" for p in preds if id(p) not in paired_preds]
    full = 0
    for pred, gold in pairs:
        source = actor_agrees(pred.get("source"), gold.get("source"))
        target = actor_agrees(pred.get("target"), gold.get("target"))
        full += source and target
        checks: list[tuple[str, str, bool | None]] = [
            ("source", "source", source),
            ("target", "target", target),
            ("location", "location", location_agrees(pred.get("location"), gold.get("location"))),
            ("location_country", "location", location_country_agrees(pred.get("location"), gold.get("location"))),
            ("date", "date", date_agrees(pred.get("date"), gold.get("date"))),
        ]
        checks += [(c, c, count_agrees(pred.get(c), gold.get(c))) for c in COUNT_FIELDS]
        for name, field, ok in checks:
            if ok is None:
                continue
            attributes[name][1] += 1
            attributes[name][0] += bool(ok)
            if not ok:
                log.append(f"{doc_id}: {gold['type']} {name} wrong: got {json.dumps(pred.get(field))[:120]}")
    return full


def _score_relations(
    doc_id: str, golds: list[dict[str, Any]], preds: list[dict[str, Any]], tally: dict[str, int], log: list[str]
) -> None:
    """Adds one document's relation matches (each gold takes the first free agreeing prediction)."""
    used: set[int] = set()
    for gold in golds:
        hit = next((i for i, pred in enumerate(preds) if i not in used and relation_agrees(pred, gold)), None)
        if hit is None:
            tally["fn"] += 1
            log.append(f"{doc_id}: missed relation {gold['type']}")
        else:
            used.add(hit)
            tally["tp"] += 1
    tally["fp"] += len(preds) - len(used)


def format_scores(result: dict[str, Any]) -> str:
    """The score table as text (the shared scorer's layout)."""
    lines = [f"documents: {result['documents']}"]
    for key in ("events_typed", "events_full", "relations"):
        r = result[key]
        lines.append(f"{key:16} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  "
                     f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    for name, value in result["attributes"].items():
        accuracy = "n/a" if value["accuracy"] is None else f"{value['accuracy']:.3f}"
        lines.append(f"  {name:18} accuracy={accuracy} over {value['scored']} matched events")
    if result["unreadable_lines"] or result["predictions_for_unknown_docs"]:
        lines.append(f"unreadable lines: {result['unreadable_lines']}; "
                     f"predictions for unknown documents: {result['predictions_for_unknown_docs']}")
    return "\n".join(lines)


__all__ = ["format_scores", "max_weight_matching", "pair_events", "score"]
