"""What the scam-resemblance model adds to the rules, on TUNING halves only (held-out halves are never read).

``python -m tests.realdata.messages_model_eval`` prints, for each tuning half of the real message corpora and
for the project corpus, the scams flagged by the rules alone and by the rules with the model, and the genuine
messages flagged or called ``likely_scam``, first with the shipped model, then with a model trained WITHOUT the
blind and fourth batches (``messages_train.held_apart``) on those two halves: a source the model never saw.
Counts only; ``--misses`` lists the TUNING scams the rules and the shipped model both leave unflagged.
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
def using(model: MessageModel) -> Iterator[None]:
    """Message analysis with ``model`` in place of the shipped one."""
    with mock.patch.object(message_model, "load", return_value=model):
        yield


def silent(model: MessageModel) -> MessageModel:
    """The same model with a threshold nothing reaches: the rules alone."""
    return model.model_copy(update={"threshold": math.inf})


def trained(data: list[training.Example], kinds: tuple[str, ...] = training.KINDS) -> MessageModel:
    """A model trained on ``data`` as ``messages_train`` would (threshold from its own out-of-fold scores)."""
    shipped = message_model.load()
    threshold = training.threshold_of(training.out_of_fold(data, kinds))
    return shipped.model_copy(
        update={"threshold": threshold, "weights": training.train(data, kinds), "kinds": list(kinds)}
    )


def verdicts(examples: list[training.Example], model: MessageModel) -> list[str]:
    with using(model):
        return [analyse_message(e.text).verdict.value for e in examples]


def row(name: str, examples: list[training.Example], model: MessageModel) -> str:
    alone = verdicts(examples, silent(model))
    both = verdicts(examples, model)
    scams = [i for i, e in enumerate(examples) if e.scam]
    genuine = [i for i, e in enumerate(examples) if not e.scam]
    return (
        f"| {name} | {len(scams)} | {sum(alone[i] in FLAGGED for i in scams)} | "
        f"{sum(both[i] in FLAGGED for i in scams)} | {len(genuine)} | "
        f"{sum(alone[i] in FLAGGED for i in genuine)} -> {sum(both[i] in FLAGGED for i in genuine)} | "
        f"{sum(both[i] == 'likely_scam' for i in genuine)} |"
    )


HEAD = (
    "| tuning half | scams | flagged, rules alone | flagged, rules + model | genuine | genuine flagged "
    "(alone -> with model) | genuine likely_scam |\n|---|---|---|---|---|---|---|"
)


def main(argv: list[str]) -> int:
    data = training.examples()
    shipped = message_model.load()
    names = [s.name for s in training.SOURCES] + [training.CORPUS]
    print(f"Shipped model (threshold {shipped.threshold}, kinds {','.join(shipped.kinds)})")
    print(HEAD)
    for name in names:
        print(row(name, [e for e in data if e.source == name], shipped))
    test = set(training.CROSS_SOURCE_TEST)
    apart = trained([e for e in data if e.source not in test], tuple(shipped.kinds))
    print(
        f"\nModel trained without {' and '.join(sorted(test))} (threshold {apart.threshold}), on their halves"
    )
    print(HEAD)
    for name in training.CROSS_SOURCE_TEST:
        print(row(name, [e for e in data if e.source == name], apart))
    if "--misses" in argv:
        print("\nTuning scams unflagged by the rules and the shipped model:")
        scams = [e for e in data if e.scam]
        for e, verdict in zip(scams, verdicts(scams, shipped), strict=True):
            if verdict not in FLAGGED:
                print(f"{e.source} {e.id} {verdict} {e.text[:200]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
