"""The held-out split is fixed: same ids in the same part on every machine, and both parts are used."""

from __future__ import annotations

from tests.realdata.split import FILES, HELD_OUT_PERCENT, SALT, items, part_of


def test_the_split_constants_do_not_move() -> None:
    assert SALT == "verif-recouvrement/heldout/v1:"
    assert HELD_OUT_PERCENT == 40


def test_the_split_is_a_pure_function_of_the_id() -> None:
    assert part_of("pdb-dom-0004") == part_of("pdb-dom-0004")
    assert {part_of(f"x-{n}") for n in range(50)} == {"tuning", "held_out"}


def test_every_file_has_a_real_held_out_part() -> None:
    for name in FILES:
        total = sum(1 for _ in items(name))
        held = sum(1 for _ in items(name, "held_out"))
        assert total > 100
        assert 0.3 * total < held < 0.5 * total, name
