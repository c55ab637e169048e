"""Telephone numbers reserved for drama, fiction and documentation.

Regulators keep these ranges out of service so that films, books, tests and demos can print numbers that
reach no one. libphonenumber reports some of them invalid (Ofcom's 07700 900xxx mobile range and 01632
960xxx, ARCEP's 06 39 98), so without this table a UK ad written with a drama number would have no phone.
Each range is (country calling code, first national significant number, last), inclusive; the sources:

- Ofcom, "Telephone numbers for use in TV and radio drama programmes" (numbers for drama):
  07700 900000-900999, 020 7946 0000-0999, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161
  496 0000-0999, 0191 498 0000-0999, 028 9649 6000-6999, 029 2018 0000-0999, 01632 960000-960999.
- NANP Administrator / ATIS, 555-0100 through 555-0199 "for fictitious use" in every area code.
- ACMA (Australia), "Phone numbers for use in TV and film": the listed 0491 57x mobile numbers and the
  landline blocks (02|03|07|08) 5550 xxxx and (02|03|07|08) 7010 xxxx.
- ARCEP (France), decision 2019-0954, numbers for audiovisual works: 01 99 00, 02 61 91, 03 53 01,
  04 65 71, 05 36 49 and 06 39 98, each followed by any four digits.
"""

from __future__ import annotations

import phonenumbers

_UK_DRAMA_AREAS = ("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161")
_AU_MOBILES = tuple(
    f"4915{n}"
    for n in [
        "70006",
        "70156",
        "70157",
        "70158",
        "70159",
        "70110",
        "70313",
        "70737",
        "71266",
        "71491",
        "71804",
        "72549",
        "72665",
        "72983",
        "73770",
        "73087",
        "74118",
        "74632",
        "75254",
        "75789",
        "76398",
        "76801",
        "77426",
        "77644",
        "78957",
        "78148",
        "78888",
        "79212",
        "79760",
        "79455",
    ]
)
_FR_PREFIXES = ("19900", "26191", "35301", "46571", "53649", "63998")

FICTIONAL_RANGES: tuple[tuple[int, str, str], ...] = (
    (44, "7700900000", "7700900999"),
    (44, "2079460000", "2079460999"),
    *((44, f"{area}4960000", f"{area}4960999") for area in _UK_DRAMA_AREAS),
    (44, "1914980000", "1914980999"),
    (44, "2896496000", "2896496999"),
    (44, "2920180000", "2920180999"),
    (44, "1632960000", "1632960999"),
    *((61, mobile, mobile) for mobile in _AU_MOBILES),
    *((61, f"{area}55500000", f"{area}55509999") for area in "2378"),
    *((61, f"{area}70100000", f"{area}70109999") for area in "2378"),
    *((33, f"{prefix}0000", f"{prefix}9999") for prefix in _FR_PREFIXES),
)
_BY_CODE: dict[int, list[tuple[str, str]]] = {}
for _code, _first, _last in FICTIONAL_RANGES:
    _BY_CODE.setdefault(_code, []).append((_first, _last))


def is_fictional(number: phonenumbers.PhoneNumber) -> bool:
    """True for a number in a range reserved for drama or documentation (the table above)."""
    national = phonenumbers.national_significant_number(number)
    if number.country_code == 1:
        # NXX-555-0100..0199 with a plausible area code (first digit 2-9, not N11).
        return (
            len(national) == 10
            and national[0] in "23456789"
            and national[1:3] != "11"
            and national[3:6] == "555"
            and "0100" <= national[6:] <= "0199"
        )
    for first, last in _BY_CODE.get(number.country_code or 0, ()):
        if len(national) == len(first) and first <= national <= last:
            return True
    return False


def is_valid_or_fictional(number: phonenumbers.PhoneNumber) -> bool:
    """`phonenumbers.is_valid_number`, widened to the ranges reserved for fiction."""
    return phonenumbers.is_valid_number(number) or is_fictional(number)
