"""What the scam-resemblance models add to the rules, on TUNING halves only (held-out halves are never read).

``python -m tests.realdata.messages_model_eval`` prints, for each tuning half of the real message corpora and for
the project corpus, the scams flagged by the rules alone, with the first model (words and pairs, batch 1) and with
both (plus words and signals, every tuning half), and the genuine messages flagged or called ``likely_scam``.
Then the same on the blind and fourth batches' halves with the second model trained WITHOUT them
(``messages_train.held_apart``; the first never saw them): sources neither model saw. Counts only;
``--misses`` lists the TUNING scams the rules and the shipped models all leave unflagged.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from checks.message import analyse_message
from knowledge import message_model
from knowledge.message_model import MessageModel
from tests.realdata import messages_train as training

FLAGGED = frozenset({"suspicious", "likely_scam"})


@contextmanager
def using(first: MessageModel, second: MessageModel) -> Iterator[None]:
    """Message analysis with these two models in place of the shipped ones."""
    with (
        mock.patch.object(message_model, "load", return_value=first),
        mock.patch.object(message_model, "load_signals", return_value=second),
    ):
        yield


def silent(model: MessageModel) -> MessageModel:
    """The same model with a threshold nothing reaches."""
    return model.model_copy(update={"threshold": math.inf})


def trained(data: list[training.Example], recipe: training.Recipe) -> MessageModel:
    """A model trained on ``data`` as ``messages_train`` would (threshold from its own out-of-fold scores)."""
    shipped = message_model.load()
    threshold = training.threshold_of(training.out_of_fold(data, recipe.kinds), recipe.margin)
    return shipped.model_copy(
        update={
            "threshold": threshold,
            "weights": training.train(data, recipe.kinds),
            "kinds": list(recipe.kinds),
        }
    )


def verdicts(examples: list[training.Example], first: MessageModel, second: MessageModel) -> list[str]:
    with using(first, second):
        return [analyse_message(e.text).verdict.value for e in examples]


def row(name: str, examples: list[training.Example], first: MessageModel, second: MessageModel) -> str:
    alone = verdicts(examples, silent(first), silent(second))
    one = verdicts(examples, first, silent(second))
    both = verdicts(examples, first, second)
    scams = [i for i, e in enumerate(examples) if e.scam]
    genuine = [i for i, e in enumerate(examples) if not e.scam]

    def flagged(found: list[str], which: list[int]) -> int:
        return sum(found[i] in FLAGGED for i in which)

    return (
        f"| {name} | {len(scams)} | {flagged(alone, scams)} | {flagged(one, scams)} | {flagged(both, scams)} | "
        f"{len(genuine)} | {flagged(alone, genuine)} -> {flagged(both, genuine)} | "
        f"{sum(both[i] == 'likely_scam' for i in genuine)} |"
    )


HEAD = (
    "| tuning half | scams | flagged, rules alone | + first model | + both models | genuine | genuine flagged "
    "(alone -> both) | genuine likely_scam |\n|---|---|---|---|---|---|---|---|"
)


def main(argv: list[str]) -> int:
    data = training.examples()
    first, second = message_model.load(), message_model.load_signals()
    names = [s.name for s in training.SOURCES] + [training.CORPUS]
    print(f"Shipped models (thresholds {first.threshold} and {second.threshold})")
    print(HEAD)
    for name in names:
        print(row(name, [e for e in data if e.source == name], first, second))
    test = set(training.CROSS_SOURCE_TEST)
    apart = trained([e for e in data if e.source not in test], training.SIGNALS)
    print(
        f"\nSecond model trained without {' and '.join(sorted(test))} (threshold {apart.threshold}), on their halves"
    )
    print(HEAD)
    for name in training.CROSS_SOURCE_TEST:
        print(row(name, [e for e in data if e.source == name], first, apart))
    if "--misses" in argv:
        print("\nTuning scams unflagged by the rules and the shipped models:")
        scams = [e for e in data if e.scam]
        for e, verdict in zip(scams, verdicts(scams, first, second), strict=True):
            if verdict not in FLAGGED:
                print(f"{e.source} {e.id} {verdict} {e.text[:200]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
