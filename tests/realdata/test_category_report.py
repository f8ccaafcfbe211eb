"""The by-category report pools the held-out parts only: its totals are the held-out counts of each file."""

from __future__ import annotations

from tests.realdata.category_report import HELD_OUT_FILES, NEWER_HELD_OUT_FILES
from tests.realdata.fresh_report import fresh_items


def test_every_phishing_file_with_a_split_is_pooled_through_its_own_split() -> None:
    names = [name for name, _ in HELD_OUT_FILES + NEWER_HELD_OUT_FILES]
    assert len(names) == len(set(names)) == 11
    for name, part in HELD_OUT_FILES + NEWER_HELD_OUT_FILES:
        parts = {part(str(entry["id"])) for entry in fresh_items(name)}
        assert parts == {"tuning", "held_out"}, name  # a split with both halves, not a whole file
