"""The blind batch's split is pinned: moving its salt or share would mix tuned and held-out items."""

from __future__ import annotations

from tests.realdata.split import (
    BATCH4_FILES,
    BATCH4_HELD_OUT_PERCENT,
    BATCH4_SALT,
    BATCH6_FILES,
    BATCH7_FILES,
    BATCH7_HELD_OUT_PERCENT,
    BATCH7_SALT,
    BATCH8_FILES,
    BATCH8_HELD_OUT_PERCENT,
    BATCH8_SALT,
    BATCH9_FILES,
    BATCH9_HELD_OUT_PERCENT,
    BATCH9_SALT,
    BLIND_FILES,
    BLIND_HELD_OUT_PERCENT,
    BLIND_SALT,
    FILES,
    FRESH_FILES,
    batch4_part_of,
    batch7_part_of,
    batch8_part_of,
    batch9_part_of,
    blind_part_of,
)


def test_the_blind_split_constants_do_not_move() -> None:
    assert BLIND_SALT == "verif-recouvrement/blind/v1:" and BLIND_HELD_OUT_PERCENT == 50
    assert blind_part_of("blind-url-0001") == blind_part_of("blind-url-0001")


def test_the_blind_split_halves_a_run_of_ids() -> None:
    ids = [f"blind-url-{n:04d}" for n in range(1, 401)]
    held = sum(blind_part_of(i) == "held_out" for i in ids)
    assert 160 < held < 240


def test_the_blind_files_stay_out_of_the_other_splits() -> None:
    assert not any("blind" in name for name in FILES + FRESH_FILES)


def test_the_fourth_batch_split_is_pinned_and_separate() -> None:
    assert BATCH4_SALT == "verif-recouvrement/batch4/v1:" and BATCH4_HELD_OUT_PERCENT == 50
    ids = [f"b4-url-{n:04d}" for n in range(1, 401)]
    held = sum(batch4_part_of(i) == "held_out" for i in ids)
    assert 160 < held < 240
    assert not set(BATCH4_FILES) & set(FILES + FRESH_FILES + BLIND_FILES)


def test_the_seventh_batch_split_is_fixed_before_its_items_and_separate() -> None:
    assert BATCH7_SALT == "verif-recouvrement/batch7/v1:" and BATCH7_HELD_OUT_PERCENT == 50
    for prefix in ("b7-url", "b7-legit", "b7-msg"):
        ids = [f"{prefix}-{n:04d}" for n in range(1, 401)]
        held = sum(batch7_part_of(i) == "held_out" for i in ids)
        assert 160 < held < 240
    assert not set(BATCH7_FILES) & set(FILES + FRESH_FILES + BLIND_FILES + BATCH4_FILES + BATCH6_FILES)


def test_the_eighth_batch_split_is_fixed_before_its_items_and_separate() -> None:
    assert BATCH8_SALT == "verif-recouvrement/batch8/v1:" and BATCH8_HELD_OUT_PERCENT == 50
    for prefix in ("b8-url", "b8-legit", "b8-msg"):
        ids = [f"{prefix}-{n:04d}" for n in range(1, 401)]
        held = sum(batch8_part_of(i) == "held_out" for i in ids)
        assert 160 < held < 240
    assert not set(BATCH8_FILES) & set(
        FILES + FRESH_FILES + BLIND_FILES + BATCH4_FILES + BATCH6_FILES + BATCH7_FILES
    )


def test_the_ninth_batch_split_is_fixed_before_its_items_and_separate() -> None:
    assert BATCH9_SALT == "verif-recouvrement/batch9/v1:" and BATCH9_HELD_OUT_PERCENT == 50
    for prefix in ("b9-url", "b9-legit", "b9-msg"):
        ids = [f"{prefix}-{n:04d}" for n in range(1, 401)]
        held = sum(batch9_part_of(i) == "held_out" for i in ids)
        assert 160 < held < 240
    assert not set(BATCH9_FILES) & set(
        FILES + FRESH_FILES + BLIND_FILES + BATCH4_FILES + BATCH6_FILES + BATCH7_FILES + BATCH8_FILES
    )
