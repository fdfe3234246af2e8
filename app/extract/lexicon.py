"""app.extract.lexicon: the words that tell a place from a person, an organisation or a plain word.

Lists here are language facts, not facts about any article. The two large ones — given names (from
gender_guesser's dictionary) and how common a word is in English (wordfreq) — are slow to load, so
`ensure_lexicon` distils them once into a small pickle beside the gazetteer index.
"""

from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
HOLIDAYS = {"christmas", "easter", "new year", "new year's", "ramadan", "eid", "hanukkah", "thanksgiving"}

# Words that introduce a person: "President Emmanuel Macron", "Kremlin spokesman Dmitry Peskov".
TITLES = {
    "president", "prime", "minister", "chancellor", "pope", "king", "queen", "prince", "princess", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "general", "gen", "lieutenant", "colonel", "col", "major",
    "captain", "commander", "admiral", "marshal", "sergeant", "governor", "gov", "mayor", "envoy", "ambassador",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mr", "mrs", "ms", "dr", "sir",
    "dame", "lord", "lady", "sheikh", "emir", "sultan", "patriarch", "bishop", "archbishop",
    "cardinal", "chairman", "chairwoman", "chair", "director", "chief", "head", "leader",
    "deputy", "vice", "premier", "justice", "judge", "aide", "adviser", "advisor", "analyst", "journalist",
    "correspondent", "reporter", "editor", "professor", "prof", "researcher", "fellow", "economist", "expert",
    "officer", "official", "commissioner", "counsellor", "counselor", "attorney", "speaker", "founder", "ceo",
    "photographer", "pilot", "soldier", "veteran", "activist", "lawmaker", "mp", "mep", "tsar", "czar", "shah",
    "ayatollah", "rabbi", "imam", "pastor", "monk", "nun", "ms.", "mr.", "dr.", "st.", "pres", "amb",
    "maj", "brig", "lt", "capt", "sgt", "cpl", "pvt", "adm", "cmdr",
}  # fmt: skip
# Military ranks as wire copy abbreviates them ("Maj. Gen. Zaw Min Tun", "Brig. Gen.", "Lt. Col. Ivan Petrov"):
# before a full stop and a name, a title, never a town of the same spelling.
RANKS = {"maj", "brig", "lt", "capt", "sgt", "cpl", "pvt", "adm", "cmdr", "gen", "col", "lt-col", "lt-gen"}

# Heads of organisation names: "Institute for the Study of War", "Kyiv Independent", "Syracuse University".
ORG_HEADS = {
    "institute", "university", "college", "school", "academy", "agency", "ministry", "council", "committee",
    "commission", "company", "corporation", "corp", "inc", "ltd", "llc", "bank", "party", "army", "navy",
    "forces", "guard", "guards", "service", "services", "news", "times", "post", "independent", "journal",
    "review", "herald", "tribune", "gazette", "telegraph", "foundation", "center", "centre", "group", "project",
    "house", "court", "union", "organization", "organisation", "association", "fund", "board", "office",
    "department", "administration", "airlines", "airways", "railways", "media", "network", "club", "embassy",
    "hospital", "church", "federation", "alliance", "coalition", "front", "brigade", "battalion", "regiment",
    "division", "corps", "command", "staff", "directorate", "bureau", "authority", "parliament", "assembly",
    "congress", "senate", "duma", "rada", "cabinet", "government", "monitor", "observatory", "tv", "radio",
    "channel", "press", "telegram", "daily", "weekly", "magazine", "stadium", "games", "prize", "award",
    "summit", "forum", "conference", "treaty", "accord", "agreement", "plan", "initiative", "program",
    "programme", "operation", "operations", "exchange", "market", "index", "energy", "gas", "oil", "airport?", "pipeline?",
}  # fmt: skip
ORG_HEADS = {w for w in ORG_HEADS if not w.endswith("?")}
# ...but these "org-looking" names are places.
PLACE_HEADS_OK = {"white house", "soviet union", "european union"}

# Organisations, agencies and media that are written like names and may collide with places.
ORGANISATIONS = {
    "nato", "eu", "un", "tass", "sana", "afp", "ap", "reuters", "interfax", "ria", "novosti", "belta", "ukrinform",
    "cis", "sbu", "gur", "fsb", "svr", "gru", "dtek", "naftogaz", "ukrenergo", "ukrzaliznytsia", "rosaviatsia",
    "vtsiom", "levada", "mercosur", "v-dem", "axios", "cnn", "bbc", "abc", "cbs", "nbc", "fox", "politico", "bloomberg",
    "kremlin?", "pentagon?", "osce", "iaea", "icc", "icj", "who", "unicef", "unhcr", "wfp", "opec", "brics", "g7",
    "g20", "asean", "imf", "ecb", "fbi", "cia", "nsa", "isw", "deepstate", "rosatom", "gazprom", "rosneft",
    "lukoil", "transneft", "energoatom", "wagner", "hamas", "hezbollah", "houthis", "taliban", "isis", "isil",
    "al-qaeda", "pkk", "sdf", "hts", "telegram", "x", "twitter", "facebook", "meta", "whatsapp", "youtube",
    "google", "tripadvisor", "spacex", "starlink", "boeing", "airbus", "lockheed", "raytheon", "rheinmetall",
    "mbda", "ukroboronprom", "rostec", "almaz-antey", "kyiv independent", "kyiv post", "ukrainska pravda",
    "meduza", "novaya gazeta", "kommersant", "izvestia", "vedomosti", "rbc", "al jazeera", "the war zone",
    "war zone", "bne", "chatham house", "sberbank", "vtb", "gazprombank", "aeroflot", "pravda", "interfax-ukraine",
}  # fmt: skip
ORGANISATIONS = {w for w in ORGANISATIONS if not w.endswith("?")}

# Weapon systems and platforms named like places ("Oreshnik", "Tomahawk", "Storm Shadow").
WEAPONS = {
    "oreshnik", "rubezh", "iskander", "iskander-m", "kinzhal", "kalibr", "zircon", "tsirkon", "sarmat", "yars",
    "bulava", "burevestnik", "poseidon", "avangard", "shahed", "shahed-136", "geran", "geran-2", "gerbera",
    "lancet", "tomahawk", "typhon", "sm-6", "dark eagle", "lrhw", "storm shadow", "scalp", "atacms", "himars",
    "taurus", "neptune", "flamingo", "patriot", "nasams", "iris-t", "samp/t", "gepard", "leopard", "abrams",
    "bradley", "f-16", "f-35", "su-34", "su-35", "su-57", "mig-31", "tu-95", "tu-22m3", "tu-160", "bayraktar",
    "javelin", "stinger", "harpoon", "starstreak", "excalibur", "caesar", "archer", "krab", "zuzana",
    "bohdana", "liutyi", "lyutyi", "palianytsia", "peklo", "ruta", "bars", "kh-101", "kh-22", "kh-59", "kh-69",
    "onyx", "oniks", "kometa", "krasnopol", "tornado", "uragan", "smerch", "grad", "buk", "tor", "s-300",
    "s-400", "s-500", "pantsir", "hellfire", "reaper", "predator", "global hawk", "eagle", "new start", "start",
}  # fmt: skip

# Plain capitalised words that are never places on their own.
NEVER_ALONE = {
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "its", "minister", "president", "list", "many", "most", "well", "time", "pool", "west", "east",
    "north", "south", "earth", "world", "state", "states", "republic", "federation", "city", "region", "capital",
    "border", "front", "frontline", "army", "war", "peace", "god", "allah", "lord", "christ", "jesus", "mary",
    "union", "european", "western", "eastern", "northern", "southern", "central", "international", "national",
    "federal", "supreme", "general", "energy", "alliance", "council", "court", "agency", "secretary", "pope",
    "enterprise", "carnival", "commonwealth", "eternal", "flame", "victory", "liberty", "independence",
    "freedom", "unity", "hope", "progress", "mission", "station", "unit", "base", "port", "camp", "center",
    "centre", "plant", "factory", "bridge", "dam", "canal", "river", "lake", "sea", "ocean", "island", "islands",
    "mountain", "mountains", "hill", "valley", "coast", "bay", "gulf", "strait", "cape", "point", "park",
    "square", "street", "avenue", "road", "highway", "railway", "line", "zone", "area", "district", "province",
    "oblast", "county", "village", "town", "settlement", "community", "hromada", "raion", "krai", "okrug",
    "photo", "video", "map", "graphic", "reporting", "editing", "writing", "additional", "file", "pictured",
    "recommended", "stories", "items", "end", "read", "more", "also", "live", "update", "updates", "opinion",
    "analysis", "explainer", "features", "news", "sport", "business", "economy", "politics", "media", "science",
}  # fmt: skip

REGION_WORDS = ("region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray", "republic",
                "voblast", "governorate", "state", "county", "district", "raion")  # fmt: skip
FACILITY_WORDS = (
    "air base", "airbase", "airfield", "air field", "airport", "airports", "port", "ports", "seaport", "refinery",
    "oil refinery", "refineries", "nuclear power plant", "power plant", "power station", "thermal power plant",
    "hydroelectric plant", "dam", "plant", "factory", "naval base", "base", "depot", "oil depot", "terminal",
    "oil terminal", "bridge", "residence", "military base", "arsenal", "shipyard", "substation",
)  # fmt: skip
# Prepositions and phrases after which a capitalised word is a place far more often than not.
LOCATIVE_BEFORE = (
    "in", "near", "at", "outside", "around", "towards", "toward", "into", "from", "to", "across", "over", "of",
    "on", "between", "and", "or", "via", "through", "beyond", "inside", "within", "by",
)  # fmt: skip
PERSON_VERBS = {
    "said", "says", "told", "added", "wrote", "argued", "warned", "noted", "stressed", "insisted", "claimed",
    "denied", "tweeted", "posted", "explained", "replied", "asked", "urged", "vowed", "pledged", "announced",
    "suggested", "believes", "thinks", "thought", "met", "spoke", "called", "accused", "praised", "criticised",
    "criticized", "acknowledged", "admitted", "recalled", "signed", "visited", "hopes", "hoped", "wants",
    "wanted", "has", "had", "is", "was", "will", "would", "could", "might", "did", "does",
}  # fmt: skip


_lock = threading.Lock()
_cache: dict[Path, dict] = {}
LEXICON_VERSION = "3"


def _build(index_dir: Path) -> dict:
    """Given names from gender_guesser's dictionary; English word frequencies of single-word place names."""
    import gender_guesser
    from wordfreq import zipf_frequency

    from app.gazetteer import load_gazetteer
    from app.settings import Settings

    given: set[str] = set()
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    with path.open(encoding="iso8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if not name or " " in name or "+" in name:
                continue
            given.add(name.lower())
    # "The", "Will", "Can" are in the name dictionary too; as given names they do more harm than good
    given = {g for g in given if zipf_frequency(g, "en") < 5.8}
    gaz = load_gazetteer(Settings(gazetteer_dir=index_dir))
    common: dict[str, float] = {}
    for key in gaz.name_keys():
        if " " in key or not key.isascii():
            continue
        z = zipf_frequency(key, "en")
        if z >= 2.5:
            common[key] = z
    for name in list(given):
        z = zipf_frequency(name, "en")
        if z >= 2.5:
            common.setdefault(name, z)
    return {"version": LEXICON_VERSION, "given": frozenset(given), "zipf": common}


def ensure_lexicon(index_dir: Path) -> dict:
    """The distilled lexicon for this gazetteer index, built on first use."""
    index_dir = Path(index_dir)
    with _lock:
        lex = _cache.get(index_dir)
        if lex is not None:
            return lex
        path = index_dir / "lexicon.pkl"
        fp = (index_dir / "FINGERPRINT").read_text() if (index_dir / "FINGERPRINT").exists() else ""
        if path.exists():
            with path.open("rb") as fh:
                lex = pickle.load(fh)
            if lex.get("version") != LEXICON_VERSION or lex.get("fingerprint") != fp:
                lex = None
        if lex is None:
            lex = _build(index_dir)
            lex["fingerprint"] = fp
            tmp = path.with_suffix(f".{os.getpid()}.tmp")  # parallel builders must not share a temp file
            with tmp.open("wb") as fh:
                pickle.dump(lex, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        _cache[index_dir] = lex
        return lex
