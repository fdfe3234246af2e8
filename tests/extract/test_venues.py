"""Streets and buildings the gazetteer does not list, in both recogniser modes: found by their head word
and a place cue, placed at the town the text gives them, never invented and never event places."""

from __future__ import annotations

from wire import article, events, extractor_in_both_modes, km, mentions  # noqa: F401 (the extractor fixture)


def _venue(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert len(found) == 1, [(m.text, m.name, m.kind) for m in mentions(extractor, text)]
    return found[0]


def test_a_street_with_its_town_after_it(extractor):
    text = "A new ice cream museum opens on Collins Avenue in Miami Beach this spring."
    v = _venue(extractor, text, "Collins Avenue")
    assert v.kind == "facility" and v.geo_precision == 2
    assert v.name == "Miami Beach" and v.country_code == "US"


def test_a_stadium_with_its_owner_before_it(extractor):
    text = "Smog hung over Seoul's Jamsil Stadium, where Sunday's game was called off."
    v = _venue(extractor, text, "Jamsil Stadium")
    assert v.country_code == "KR" and v.name == "Seoul"


def test_a_hall_placed_at_the_town_the_article_is_about(extractor):
    text = (
        "Winnipeg firefighters were called to the 400 block of Assiniboine Avenue just after 11 p.m. "
        "Two people were taken to hospital in Winnipeg."
    )
    v = _venue(extractor, text, "Assiniboine Avenue")
    assert v.country_code == "CA" and km(v.lat, v.lon, 49.90, -97.14) < 20


def test_no_town_no_venue(extractor):
    # nothing in the text says where the avenue is: it is not reported rather than put anywhere
    text = "Crews were called to River Avenue on Saturday after smoke was seen from the roof."
    assert [m.text for m in mentions(extractor, text)] == []


def test_an_organisation_named_like_a_building_is_no_venue(extractor):
    text = "Analysts at the Pew Research Center in Washington published the survey on Tuesday."
    assert "Pew Research Center" not in [m.text for m in mentions(extractor, text)]


def test_a_venue_is_never_an_event_place(extractor):
    text = "A Russian missile hit the Kovalenko Children's Hospital in Kyiv on Monday, killing two people."
    v = _venue(extractor, text, "Kovalenko Children's Hospital")
    assert v.name == "Kyiv" and v.kind == "facility"
    found = events(extractor, text)
    assert [e.location for e in found] == ["Kyiv"]


def test_a_street_named_after_a_town_is_the_street_in_the_articles_town(extractor):
    # "Eglinton" alone is a town in Northern Ireland; followed by "Avenue" it is part of a Canadian street
    text = (
        "Toronto police said two men were arrested near Eglinton Avenue West on Sunday. "
        "Officers in Toronto asked witnesses to come forward."
    )
    found = mentions(extractor, text)
    assert not any(m.text == "Eglinton" for m in found), [(m.text, m.name) for m in found]
    v = next(m for m in found if m.text.startswith("Eglinton Avenue"))
    assert v.kind == "facility" and v.country_code == "CA" and km(v.lat, v.lon, 43.70, -79.42) < 30


def test_a_street_is_not_where_its_name_points(extractor):
    # "Atlantic" in a street name is neither the ocean nor an anchor for the street
    text = "Traffic stopped on Atlantic Avenue in Brooklyn after a water main broke on Thursday."
    v = _venue(extractor, text, "Atlantic Avenue")
    assert v.name == "Brooklyn" and v.kind == "facility"
    assert not any(m.kind == "water" for m in mentions(extractor, text))


def test_a_french_street_word_before_the_name_is_not_a_town(extractor):
    # Rue is a town in France; "Rue Bourbon" in a New Orleans story is a street there
    text = "The parade left New Orleans city hall and turned into Rue Bourbon, the old name of the street."
    found = mentions(extractor, text)
    assert not any(m.text == "Rue" for m in found), [(m.text, m.name) for m in found]
    v = next(m for m in found if m.text == "Rue Bourbon")
    assert v.country_code == "US" and km(v.lat, v.lon, 29.95, -90.07) < 30


def test_a_saints_church_is_placed_at_the_town_not_at_a_namesake_of_the_saint(extractor):
    text = "Thousands of pilgrims filled St. Peter's Basilica in Rome for the Easter service."
    v = _venue(extractor, text, "St. Peter's Basilica")
    assert v.country_code == "IT" and v.name == "Rome"


def test_a_town_beginning_with_a_generic_word_stays_the_town(extractor):
    text = "Rescue teams reached Cape Town and Point Pleasant on Monday, officials said."
    found = {m.text: m for m in mentions(extractor, text)}
    assert found["Cape Town"].kind in ("settlement", "capital") and found["Cape Town"].country_code == "ZA"


def test_the_local_story_is_about_the_city_not_the_suburb_named_first(extractor):
    # each town is named once: the bigger one is where the street is, not the suburb that came first
    text = (
        "A man from Park Ridge was charged on Friday over a stabbing in the 300 block of North Wells "
        "Street, in downtown Chicago, police said."
    )
    v = _venue(extractor, text, "North Wells Street")
    assert km(v.lat, v.lon, 41.85, -87.65) < 10


def test_a_building_named_after_its_country_stays_in_it(extractor):
    # the article's towns are elsewhere; the gardens are still in the Vatican, not in the town most named
    text = (
        "The Armenian president, who had flown in from Yerevan, met the pope in the Vatican Gardens. "
        "Back in Yerevan and Gyumri, crowds watched the ceremony on television."
    )
    found = [m for m in mentions(extractor, text) if m.start == text.index("Vatican")]
    assert found and all(m.country_code == "VA" for m in found), [(m.text, m.name) for m in found]


def test_a_street_span_handed_in_is_placed_as_extraction_places_it(extractor):
    # a benchmark hands in the gold spans alone: the street the gazetteer lacks is at the article's town
    text = "Brass bands played along Frenchmen Street until dawn. New Orleans police closed it on Sunday."
    spans = [(text.index(s), text.index(s) + len(s)) for s in ("Frenchmen Street", "New Orleans")]
    got = extractor.resolve_spans(article(text), spans)
    street = got.get(spans[0])
    assert street is not None and street.kind == "facility" and km(street.lat, street.lon, 29.95, -90.07) < 20


def test_a_handed_in_street_with_a_direction_or_a_lowercase_head_is_still_a_street(extractor):
    text = (
        "Toronto police closed Bloor Street West after a crash. Detours ran along the side street "
        "and through Queen's Park, and the Methodist church on Bay street opened its hall, police in Toronto said."
    )
    names = ("Bloor Street West", "Bay street", "Toronto")
    spans = [(text.index(s), text.index(s) + len(s)) for s in names]
    got = extractor.resolve_spans(article(text), spans)
    for span in spans[:2]:
        c = got.get(span)
        assert c is not None and km(c.lat, c.lon, 43.70, -79.42) < 30, (text[span[0] : span[1]], c)


def test_st_before_a_name_is_a_saint_not_a_street(extractor):
    text = (
        "Pilgrims from Yerevan unveiled a statue of the Doctor of the Church St. Ambrose in Milan on Sunday."
    )
    assert not any(m.text.endswith("St.") for m in mentions(extractor, text))


def test_a_handed_in_street_is_at_its_town_not_at_the_region_the_article_is_about(extractor):
    text = (
        "Brass bands played along Frenchmen Street until dawn. New Orleans police and officials in "
        "Baton Rouge said the parade would return next year."
    )
    names = ("Frenchmen Street", "New Orleans", "Baton Rouge")
    spans = [(text.index(s), text.index(s) + len(s)) for s in names]
    street = extractor.resolve_spans(article(text), spans).get(spans[0])
    assert street is not None and street.kind == "facility" and km(street.lat, street.lon, 29.95, -90.07) < 20
