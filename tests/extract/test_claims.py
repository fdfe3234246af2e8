"""Distance fact-check: statements found in wire-style text, measured on WGS84, judged by the stated figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.extract import Article, Extractor

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def claims_in(extractor, text: str) -> list[dict]:
    return extractor.claims(Article(id="t", text=text, title=None, published="2025-12-30"))


def only(extractor, text: str) -> dict:
    found = claims_in(extractor, text)
    assert len(found) == 1, found
    claim = found[0]
    # offsets point at the phrase as written
    assert text[claim["start"] : claim["end"]] == claim["text"]
    return claim


def test_consistent_distance_and_direction_with_subject_from_previous_sentence(extractor):
    c = only(
        extractor,
        "Drones hit a grain terminal in Kremenchuk before dawn, the governor said. "
        "The city lies about 250 km southeast of Kyiv.",
    )
    assert c["text"] == "about 250 km southeast of Kyiv"
    assert c["stated"] == {
        "value": 250,
        "unit": "km",
        "km": 250.0,
        "qualifier": "about",
        "direction": "southeast",
        "bound": "approx",
    }
    assert c["from"]["name"] == "Kyiv" and c["to"]["name"] == "Kremenchuk"
    assert c["computed_km"] == pytest.approx(258.9, abs=1.0)
    assert c["computed_bearing_deg"] == pytest.approx(126, abs=3)
    assert c["verdict"] == "consistent"
    assert "Kyiv" in c["explanation"] and "Kremenchuk" in c["explanation"]


def test_distance_far_off_is_inconsistent(extractor):
    c = only(extractor, "Officials in Lviv, roughly 200 km from Kyiv, said the grid had held overnight.")
    assert (c["from"]["name"], c["to"]["name"]) == ("Kyiv", "Lviv")
    assert c["computed_km"] == pytest.approx(469.5, abs=2)
    assert c["difference_pct"] > 100
    assert c["verdict"] == "inconsistent"
    assert c["computed_bearing_deg"] is None  # no direction stated, none checked


def test_wrong_compass_direction_is_inconsistent_even_when_distance_fits(extractor):
    c = only(extractor, "Air raid sirens sounded over Kharkiv, some 410 km west of Kyiv, for a second night.")
    assert abs(c["difference_pct"]) < 5
    assert 80 < c["computed_bearing_deg"] < 110  # Kharkiv is east of Kyiv
    assert c["stated"]["direction"] == "west"
    assert c["verdict"] == "inconsistent"
    assert "west" in c["explanation"]


def test_hyphenated_intercardinal_direction(extractor):
    c = only(extractor, "Shelling resumed in Mykolaiv, which lies about 110 km north-east of Odesa.")
    assert c["stated"]["direction"] == "northeast"
    assert c["computed_bearing_deg"] == pytest.approx(60, abs=3)
    assert c["verdict"] == "consistent"


def test_miles_with_relative_clause_subject(extractor):
    c = only(
        extractor, "Dock workers in Odesa, which sits some 275 miles south of Kyiv, were sent home on Sunday."
    )
    assert c["stated"]["unit"] == "mi" and c["stated"]["km"] == pytest.approx(442.6, abs=0.1)
    assert c["to"]["name"] == "Odesa"
    assert c["verdict"] == "consistent"


def test_converted_figure_in_brackets_is_kept(extractor):
    c = only(
        extractor,
        "Zaporizhzhia, around 450 km (280 miles) southeast of the Ukrainian capital, came under fire again.",
    )
    assert c["text"] == "around 450 km (280 miles) southeast of the Ukrainian capital"
    assert c["stated"]["also_stated"] == {"value": 280, "unit": "mi"}
    assert c["from"]["name"] == "Kyiv"  # "the Ukrainian capital"
    assert c["verdict"] == "consistent"


def test_less_than_is_an_upper_bound(extractor):
    c = only(extractor, "Sumy is less than 40 km from the Russian border and comes under fire almost daily.")
    assert c["stated"]["bound"] == "max"
    assert c["computed_km"] < 40  # well under the bound: not "30 % off", consistent
    assert c["verdict"] == "consistent"


def test_less_than_exceeded_is_inconsistent(extractor):
    c = only(extractor, "Lviv lies less than 100 km from Kyiv, the spokesman claimed.")
    assert c["verdict"] == "inconsistent"


def test_more_than_is_a_lower_bound(extractor):
    c = only(extractor, "Kyiv is more than 400 km from Kharkiv, officials pointed out.")
    assert c["stated"]["bound"] == "min"
    assert (c["from"]["name"], c["to"]["name"]) == ("Kharkiv", "Kyiv")
    assert c["verdict"] == "consistent"


def test_border_distance_is_measured_to_the_nearest_border_point(extractor):
    c = only(extractor, "Chernihiv, just 50 km from the border with Belarus, reported no damage.")
    assert c["from"]["name"] == "border of Belarus"
    assert c["from"]["text"] == "the border with Belarus"
    # the nearest border point lies on the Belarus-Ukraine border, north-west of the city
    assert 51.2 < c["from"]["lat"] < 51.9 and 30.0 < c["from"]["lon"] < 31.3
    assert c["computed_km"] == pytest.approx(46.6, abs=2)
    assert c["verdict"] == "consistent"


def test_border_of_a_country_named_by_its_adjective_after_the_claim(extractor):
    c = only(
        extractor, "Some 80 km from the Russian border, the town of Kupiansk has been shelled for months."
    )
    assert c["to"]["name"] == "Kupyansk" and c["from"]["name"] == "border of Russia"
    assert c["computed_km"] < 40
    assert c["verdict"] == "inconsistent"


def test_front_line_has_no_point_so_the_claim_is_unclear(extractor):
    c = only(
        extractor, "The brigade was pulled back to within 100km of the front line near Pokrovsk last week."
    )
    assert c["text"] == "within 100km of the front line"
    assert c["from"]["name"] is None and c["computed_km"] is None
    assert c["verdict"] == "unclear"
    assert "front line" in c["explanation"]


def test_unknown_reference_place_is_unclear(extractor):
    c = only(extractor, "Kherson residents were told the shelters lie 15 km from the old quarry.")
    assert c["from"]["name"] is None
    assert c["verdict"] == "unclear"
    assert "not a place" in c["explanation"]


def test_two_claims_share_one_subject(extractor):
    found = claims_in(
        extractor,
        "The convoy was seen near Kremenchuk, about 250 km southeast of Kyiv, and 230 km north of Kherson.",
    )
    assert [c["from"]["name"] for c in found] == ["Kyiv", "Kherson"]
    assert {c["to"]["name"] for c in found} == {"Kremenchuk"}
    assert found[1]["stated"]["direction"] == "north"


def test_ranges_stretches_and_areas_are_not_claims(extractor):
    text = (
        "Kyiv said a missile with a range of up to 5,000 km was launched at Dnipro. A 20 km stretch of the "
        "highway to Kharkiv was closed, and 400 square km of farmland near Sumy were mined."
    )
    assert claims_in(extractor, text) == []


def test_claims_cli_reads_a_txt_file(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(
        "Drones hit Kremenchuk overnight\n\nDrones hit a grain terminal in Kremenchuk before dawn. "
        "The city lies about 250 km southeast of Kyiv.\n",
        encoding="utf-8",
    )
    exe = ROOT / ".venv" / "bin" / "conflictmap"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "app.cli.main"]
    run = subprocess.run(
        [*cmd, "claims", str(article), "--published", "2025-12-30"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(lines) == 1
    assert lines[0]["verdict"] == "consistent" and lines[0]["to"]["name"] == "Kremenchuk"


def test_claims_cli_without_input_exits_2(tmp_path):
    exe = ROOT / ".venv" / "bin" / "conflictmap"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "app.cli.main"]
    run = subprocess.run([*cmd, "claims"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 2
    assert run.stderr.strip()


def test_facility_named_near_a_town_is_measured_at_the_facility(extractor):
    c = only(
        extractor,
        "Ukrainian drones targeted the airbase near Morozovsk, roughly 900 km southeast of Moscow, the general staff said.",
    )
    assert c["to"]["name"] == "Morozovsk air base"
    assert c["verdict"] == "consistent"


def test_unplaced_facility_named_after_a_town_cannot_be_called_inconsistent(extractor):
    c = only(
        extractor,
        "Officials said drones were downed near the governor's Belgorod residence, which is about 100 km south of Moscow.",
    )
    assert c["computed_km"] > 500  # measured at Belgorod itself, the only point the gazetteer has
    assert c["verdict"] == "unclear"
    assert "Caution" in c["explanation"]


def test_nautical_miles_and_a_pronoun_subject(extractor):
    c = only(extractor, "Mykolaiv came under fire again. It is 60 nautical miles from Odesa by sea.")
    assert c["stated"]["unit"] == "nmi" and c["stated"]["km"] == pytest.approx(111.1, abs=0.1)
    assert c["to"]["name"].startswith("Mykola")
    assert c["verdict"] == "consistent"


def test_number_in_words_and_a_country_as_reference_mean_its_border(extractor):
    c = only(extractor, "The town of Vovchansk is five kilometres from Russia.")
    assert c["stated"]["value"] == 5
    assert c["from"]["name"] == "border of Russia"
    assert c["verdict"] == "consistent"


def test_subject_after_a_leading_located_clause(extractor):
    c = only(extractor, "Located about 40 km south of Kharkiv, Balakliia was retaken in 2022.")
    assert c["to"]["name"].startswith("Balakl")
    assert c["computed_km"] == pytest.approx(72, abs=2)
    assert c["verdict"] == "inconsistent"


def test_two_places_stated_apart(extractor):
    c = only(extractor, "Kyiv and Lviv are about 470 km apart by road.")
    assert (c["from"]["name"], c["to"]["name"]) == ("Kyiv", "Lviv")
    assert c["text"] == "Kyiv and Lviv are about 470 km apart"
    assert c["verdict"] == "consistent"


def test_distance_between_two_places(extractor):
    c = only(extractor, "The distance between Kyiv and Kharkiv is roughly 300 km, the minister said.")
    assert (c["from"]["name"], c["to"]["name"]) == ("Kyiv", "Kharkiv")
    assert c["verdict"] == "inconsistent"


def test_figure_separating_two_places(extractor):
    c = only(extractor, "Some 440 km separate Odesa and Kyiv.")
    assert c["verdict"] == "consistent"


def test_a_stated_range_is_an_interval(extractor):
    c = only(extractor, "Residents of Kupiansk, 30-40 km from the Russian border, were told to leave.")
    assert c["stated"]["bound"] == "range"
    assert (c["stated"]["value"], c["stated"]["value_max"]) == (30, 40)
    assert 30 <= c["computed_km"] <= 40 and c["difference_pct"] == 0
    assert c["verdict"] == "consistent"


def test_journeys_and_weapon_reach_are_not_location_claims(extractor):
    text = (
        "The drone flew 1,000 km from Ukraine before it struck a refinery in Ryazan. "
        "Russia says the missile can strike targets up to 5,000 km from Belarus."
    )
    assert claims_in(extractor, text) == []


def test_facility_as_subject(extractor):
    # measured at the plant whether the geoparser maps it or the claim checker looks it up
    c = only(
        extractor, "The Zaporizhzhia nuclear power plant sits about 50 km southwest of Zaporizhzhia city."
    )
    assert c["to"]["name"] == "Zaporizhzhia nuclear power plant"
    assert c["verdict"] == "consistent"


def test_ambiguous_namesakes_that_could_fit_make_the_claim_unclear(extractor):
    # Novoselivka and Lyman both have many namesakes; one pair in the Donetsk region nearly fits
    c = only(extractor, "The village of Novoselivka, about 10 kilometers northwest of Lyman, was captured.")
    assert c["verdict"] == "unclear"
    assert "ambiguous" in c["explanation"] and "Donetsk" in c["explanation"]


def test_a_settled_place_is_not_rescued_by_its_namesakes(extractor):
    c = only(extractor, "Odesa, about 100 km east of Kherson, was quiet overnight.")
    assert c["verdict"] == "inconsistent"  # Odesa is west of Kherson and 144 km away
    assert "ambiguous" not in c["explanation"]


def test_a_speaker_is_not_the_subject(extractor):
    c = only(extractor, "The Kremlin said the strike hit a depot 40 km of Belgorod.")
    assert c["to"]["name"] is None
    assert c["verdict"] == "unclear"


def test_a_possessive_name_is_not_a_reference(extractor):
    assert claims_in(extractor, "Kyiv's defenders shot down drones 30 km from Tusk's motorcade route.") == []


def test_direction_and_reference_before_the_figure(extractor):
    c = only(extractor, "Brovary is east-northeast of Kyiv, about 20 km away.")
    assert c["text"] == "east-northeast of Kyiv, about 20 km away"
    assert c["stated"]["direction"] == "eastnortheast"
    assert (c["from"]["name"], c["to"]["name"]) == ("Kyiv", "Brovary")
    assert c["verdict"] == "consistent"


def test_outside_and_to_the_west_of(extractor):
    found = claims_in(
        extractor,
        "Bucha, some 25 km outside Kyiv, was occupied in 2022. Irpin lies 20 kilometres (12 miles) to the west of Kyiv.",
    )
    assert [c["to"]["name"] for c in found] == ["Bucha", "Irpin"]
    assert found[1]["stated"]["direction"] == "west"
    assert [c["verdict"] for c in found] == ["consistent", "consistent"]
