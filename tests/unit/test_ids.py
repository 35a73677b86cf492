"""USCC (GB 32100-2015) and resident ID (GB 11643-1999), checked against the standards' own arithmetic."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.domain.ids import (
    check_resident_id,
    check_uscc,
    is_valid_resident_id,
    is_valid_uscc,
    mask_id,
    normalise,
    redact_id_numbers,
)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(first17: str) -> str:
    """GB 32100-2015 §5: C18 = 31 − (Σ Ci·Wi mod 31), written independently of the code under test."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


valid_usccs = st.builds(
    lambda authority, category, region, body: authority + category + region + body,
    st.sampled_from("123456789ANY"),
    st.sampled_from(ALPHABET),
    st.text("0123456789", min_size=6, max_size=6),
    st.text(ALPHABET, min_size=9, max_size=9),
).map(lambda first17: first17 + uscc_check(first17))

valid_ids = st.builds(
    lambda region, born, seq: region + born.strftime("%Y%m%d") + seq,
    st.text("0123456789", min_size=6, max_size=6),
    st.dates(dt.date(1900, 1, 1), dt.date(2026, 11, 1)),
    st.text("0123456789", min_size=3, max_size=3),
).map(lambda first17: first17 + id_check(first17))


def test_weights_are_those_of_the_standard():
    assert USCC_WEIGHTS == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


@given(valid_usccs)
def test_every_valid_uscc_passes(code):
    assert check_uscc(code).valid, check_uscc(code).problems


@given(valid_usccs, st.integers(0, 17), st.sampled_from(ALPHABET + "IOSVZ"))
def test_changing_any_one_character_of_a_uscc_fails(code, position, replacement):
    if code[position] == replacement:
        replacement = ALPHABET[(ALPHABET.index(code[position]) + 1) % 31] if replacement in ALPHABET else "I"
    changed = code[:position] + replacement + code[position + 1:]
    assert not is_valid_uscc(changed)


def test_codes_starting_with_a_letter_are_valid():
    # 农村集体经济组织 register with N; python-stdnum alone would reject this.
    first17 = "N2410711MA4A0B2C3"
    assert is_valid_uscc(first17 + uscc_check(first17))


def test_full_width_lower_case_and_spaces_from_a_chinese_ime_are_accepted():
    typed = "９１４１ ０７１１ｍａ４５ＫＸ３Ｒ２３\u3000"
    checked = check_uscc(typed)
    assert checked.valid
    assert checked.value == "91410711MA45KX3R23"
    assert normalise(" 91-4107 ") == "914107"


def test_uscc_problems_are_explained_in_chinese():
    assert "18位" in check_uscc("9141071").message and "7位" in check_uscc("9141071").message
    assert "不能出现" in check_uscc("91410711MA45KX3RO3").message
    assert "第1位" in check_uscc("Z1410711MA45KX3R23".replace("Z", "B")).message
    assert "校验码" in check_uscc("91410711MA45KX3R24").message
    assert "请填写" in check_uscc("  ").message


@given(valid_ids)
def test_every_valid_id_number_passes(number):
    assert check_resident_id(number, today=dt.date(2026, 11, 21)).valid


@given(valid_ids, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_changing_any_one_character_of_an_id_number_fails(number, position, replacement):
    if number[position] == replacement:
        replacement = "X" if replacement != "X" else "0"
    changed = number[:position] + replacement + number[position + 1:]
    assert not check_resident_id(changed, today=dt.date(2026, 11, 21)).valid


def test_id_number_hard_checks_in_chinese():
    today = dt.date(2026, 11, 21)
    assert "15位" in check_resident_id("410711780312031", today=today).message
    assert "出生日期不存在" in check_resident_id("41071119780230031" + "1", today=today).message
    future = "41071120300101001"
    assert "不合理" in check_resident_id(future + id_check(future), today=today).message
    assert "校验码" in check_resident_id("410711197803120312", today=today).message


def test_unknown_region_is_only_a_warning():
    first17 = "99000019900101123"
    checked = check_resident_id(first17 + id_check(first17))
    assert checked.valid and checked.warnings


def test_lower_case_x_is_accepted():
    assert is_valid_resident_id("41071119780312031x")


def test_masking_keeps_four_and_four():
    assert mask_id("411221198001100916") == "4112**********0916"
    assert mask_id("123") == "***"


def test_redaction_masks_id_numbers_but_not_uscc():
    line = "rep 41071119780312031X, firm 91410711MA45KX3R23"
    assert redact_id_numbers(line) == "rep 4107**********031X, firm 91410711MA45KX3R23"
