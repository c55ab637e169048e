import time

import pytest

from safeguarding.text import extract_phones

US = "+12125550123"


@pytest.mark.parametrize(
    "text",
    [
        "call 212-555-0123 now",
        "(212) 555-0123",
        "212.555.0123",
        "+1 212 555 0123",
        "two one two five five five zero one two three",
        "two one two 555 o one two three",
        "2 1 2 - 5 5 5 - 0 1 2 3",
        "212 555 O123",
        "ｃａｌｌ ２１２５５５０１２３",
        "2️⃣1️⃣2️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣3️⃣",
        "٢١٢٥٥٥٠١٢٣",
        "dos uno dos cinco cinco cinco cero uno dos tres",
        "deux un deux cinq cinq cinq zero un deux trois",
        "2*1*2*5*5*5*0*1*2*3",
        "two one two, double five 5, zero one two three",
    ],
)
def test_us_number_in_many_disguises(text: str) -> None:
    assert [p.e164 for p in extract_phones(text)] == [US]


@pytest.mark.parametrize(
    "text,obscured",
    [
        ("call 212-555-0123", False),
        ("two one two five five five zero one two three", True),
        ("２１２５５５０１２３", True),
        ("2 1 2 5 5 5 0 1 2 3", True),
        ("212 555 O123", True),
    ],
)
def test_obscured_flag(text: str, obscured: bool) -> None:
    (phone,) = extract_phones(text)
    assert phone.obscured is obscured


def test_french_pairs_and_spanish_nine_digits() -> None:
    assert [
        p.e164
        for p in extract_phones("appelle zero six, douze, trente-quatre, cinquante-six, soixante-dix-huit")
    ] == ["+33612345678"]
    assert [p.e164 for p in extract_phones("06.12.34.56.78")] == ["+33612345678"]
    assert [p.e164 for p in extract_phones("llama al 612 345 678")] == ["+34612345678"]
    assert [p.e164 for p in extract_phones("tel +33 6 12 34 56 78")] == ["+33612345678"]


def test_region_option() -> None:
    assert [p.e164 for p in extract_phones("020 7946 0018", region="GB")] == ["+442079460018"]


@pytest.mark.parametrize(
    "text",
    [
        "posted 2024-05-12 and 12/05/2024",
        "available 24/7",
        "24 / 7 service",
        "rates $150/hr, 200$ two hours, 300 euros",
        "height 5'6\", 1.65 m, 165 cm, 55 kg",
        "I am 23 years old, age 23",
        "open 10:30 to 22:00",
        "150 200 250 300 400",
        "one of a kind, the one and only",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert extract_phones(text) == []


def test_numbers_beside_phone_do_not_spoil_it() -> None:
    text = "Age 24, 5'6\", rates $200. Available 24/7. Posted 12/05/2024. Call 212-555-0123."
    assert [p.e164 for p in extract_phones(text)] == [US]


def test_two_phones() -> None:
    found = [p.e164 for p in extract_phones("call 212-555-0123 or 310 555 0199")]
    assert found == [US, "+13105550199"]


@pytest.mark.parametrize("unit", ["1 ", "x@", "a", "one ", "5", "1-", "@a "])
def test_linear_on_adversarial_runs(unit: str) -> None:
    """Ten times the input must cost about ten times as much; quadratic would be a hundred (bound: 40x,
    generous because the machine may be shared)."""

    def cost(n: int) -> float:
        text = unit * (n // len(unit))
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            extract_phones(text)
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(10_000), cost(100_000)
    assert large < 40 * max(small, 0.02)


def test_two_hundred_digit_run_is_not_a_phone() -> None:
    assert extract_phones("7" * 200) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("call 212 555 0123 in Miami", "+12125550123"),
        ("llama al 612 345 678 y pregunta por Ana", "+34612345678"),
        ("appelle 06 12 34 56 78 an", "+33612345678"),
        ("212 555 0123 am or pm", "+12125550123"),
        ("165 cm 55 kg 212 555 0123 hours", "+12125550123"),
        ("23 years, 300 euros, 2125550123", "+12125550123"),
        ("My number is two one two – five five five – zero one two three", "+12125550123"),
    ],
)
def test_words_after_a_number_are_not_mistaken_for_units(text: str, expected: str) -> None:
    assert [p.e164 for p in extract_phones(text)] == [expected]


@pytest.mark.parametrize(
    "text,region,expected",
    [
        ("ring 07700 900123", "GB", "+447700900123"),  # Ofcom drama mobile: invalid to libphonenumber
        ("ring 07700 900123", "US", "+447700900123"),  # a whole run falls back to other regions
        ("+44 7700 900123", "US", "+447700900123"),
        ("0121 496 0000", "GB", "+441214960000"),
        ("01632 960555", "GB", "+441632960555"),
        ("0491 570 156", "AU", "+61491570156"),
        ("06 39 98 12 34", "FR", "+33639981234"),
        ("(416) 555-0142", "CA", "+14165550142"),
    ],
)
def test_numbers_reserved_for_fiction_count(text: str, region: str, expected: str) -> None:
    assert [p.e164 for p in extract_phones(text, region=region)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ad #4410239981",
        "Ref 1029384756",
        "order no. 2125550142",
        "Ad ID: 2125550142",
        "call 1029384756",  # not a valid number anywhere tried
    ],
)
def test_reference_numbers_are_not_phones(text: str) -> None:
    assert extract_phones(text, region="US") == []


@pytest.mark.parametrize(
    "text,region,expected",
    [
        ("Call 04915 and then 70157.", "AU", "+61491570157"),
        ("area code 312 then 5550175", "US", "+13125550175"),
        ("Call 3l2555Ol96.", "US", "+13125550196"),
        ("Contact: O353Ol2245.", "FR", "+33353012245"),
    ],
)
def test_numbers_in_pieces_and_look_alike_letters(text: str, region: str, expected: str) -> None:
    (phone,) = extract_phones(text, region=region)
    assert phone.e164 == expected and phone.obscured


def test_two_numbers_joined_by_and_stay_two() -> None:
    found = [p.e164 for p in extract_phones("Ring 07700 900123 and 07700 900456", region="GB")]
    assert found == ["+447700900123", "+447700900456"]


def test_words_with_look_alike_letters_are_not_numbers() -> None:
    assert extract_phones("lol oil ill 1o1 loo") == []


@pytest.mark.parametrize(
    "text", ["07700🔥900123", "0⭐7⭐7⭐0⭐0 9⭐0⭐0 1⭐2⭐3", "nought seven seven oh oh 900123"]
)
def test_emoji_between_digits_and_nought(text: str) -> None:
    (phone,) = extract_phones(text, region="GB")
    assert phone.e164 == "+447700900123" and phone.obscured
