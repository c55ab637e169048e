import phonenumbers
import pytest

from safeguarding.ads.regions import gazetteer, normalise_country
from safeguarding.text.fictional import FICTIONAL_RANGES, is_fictional


@pytest.mark.parametrize(
    "city,country,expected",
    [
        ("Leeds", None, ("GB",)),
        ("Leeds", "uk", ("GB",)),
        ("Birmingham", None, ("GB", "US")),  # ambiguous: most populous first, the others tried next
        ("Birmingham", "US", ("US",)),  # an explicit country wins
        ("Portland, OR", None, ("US",)),  # a state code after the city
        ("London, ON", None, ("CA",)),  # a province code
        ("Perth, Australia", None, ("AU",)),  # a country name
        ("Lyon", None, ("FR",)),
        ("Qwxyzville", None, ()),  # unknown: the site's region and the fallbacks apply
        (None, None, ()),
    ],
)
def test_region_rule(city: str | None, country: str | None, expected: tuple[str, ...]) -> None:
    assert gazetteer().regions(city, country)[: len(expected) or None] == expected


def test_unknown_country_codes_are_ignored() -> None:
    assert normalise_country("ZZ") is None and normalise_country(" gb ") == "GB"


def test_fictional_table() -> None:
    assert len(FICTIONAL_RANGES) > 50
    assert is_fictional(phonenumbers.parse("+447700900999"))
    assert not is_fictional(phonenumbers.parse("+447700901000"))
    assert is_fictional(phonenumbers.parse("+12125550100"))
    assert not is_fictional(phonenumbers.parse("+12125550200"))
    assert is_fictional(phonenumbers.parse("+61491570006"))
    assert not is_fictional(phonenumbers.parse("+61491570007"))
    assert is_fictional(phonenumbers.parse("+33639981234"))


def test_ad_region_reads_national_numbers() -> None:
    import io
    import json

    from safeguarding.ads import link_ads

    ads = [
        {"id": "uk", "text": "Ring 0121 496 0123", "city": "Birmingham"},
        {"id": "us", "text": "Ring (205) 555-0142", "city": "Birmingham"},
        {"id": "au", "text": "Ring 02 5550 1234", "city": "Sydney", "country": "AU"},
    ]
    sink = io.StringIO()
    link_ads(io.BytesIO("".join(json.dumps(a) + "\n" for a in ads).encode()), sink, lambda *a: None)
    phones = {o["id"]: o["phones"] for o in map(json.loads, sink.getvalue().splitlines())}
    assert phones == {"uk": ["+441214960123"], "us": ["+12055550142"], "au": ["+61255501234"]}
