"""Resolution by the places an article names near each other (app.extract.nearby): a name nothing in its sentence
qualifies goes to the namesake the other places surround, before population; a place the article backs stays."""

from __future__ import annotations

from wire import article, extractor_in_both_modes, resolve_names  # noqa: F401 (the extractor fixture, both modes)


def test_a_capital_abroad_yields_to_the_town_the_local_story_surrounds(extractor):
    text = (
        "Laurel County deputies arrested a man on Tuesday after a chase that began in London and ended near "
        "Williamsburg, the sheriff's office said."
    )
    got = resolve_names(extractor, text, ["Laurel County", "London", "Williamsburg"])
    c = got["London"]
    assert c.country_code == "US" and c.admin1 == "Kentucky", (c.name, c.country_code, c.admin1)


def test_a_named_state_and_a_county_pull_a_town_home(extractor):
    text = (
        "The council in Paris approved a new clinic on Monday. Lamar County officials said it would also serve "
        "patients from Clarksville, the largest town east of it in Texas."
    )
    got = resolve_names(extractor, text, ["Paris", "Lamar County", "Clarksville", "Texas"])
    c = got["Paris"]
    assert c.country_code == "US" and c.admin1 == "Texas", (c.name, c.country_code, c.admin1)


def test_a_country_name_is_the_state_when_the_story_is_in_it(extractor):
    text = (
        "Storms that crossed Georgia overnight cut power in Atlanta, Macon and Savannah, the utility said on "
        "Thursday."
    )
    got = resolve_names(extractor, text, ["Georgia", "Atlanta", "Macon", "Savannah"])
    c = got["Georgia"]
    assert c.country_code == "US" and c.kind == "region", (c.name, c.country_code, c.kind)


def test_a_country_name_is_the_town_its_neighbours_surround(extractor):
    text = (
        "A warehouse fire in Lebanon forced the evacuation of 40 homes, and crews from Hershey and Harrisburg "
        "helped put it out, fire officials said."
    )
    got = resolve_names(extractor, text, ["Lebanon", "Hershey", "Harrisburg"])
    c = got["Lebanon"]
    assert c.country_code == "US" and c.admin1 == "Pennsylvania", (c.name, c.country_code, c.admin1)


def test_a_capital_the_story_backs_stays_where_it_is(extractor):
    # Paris, Kentucky, lies near Lexington and Versailles; here the other French places back the capital
    text = (
        "Trains between Paris and Lyon were cancelled on Friday, and the strike spread to Versailles, where "
        "schools closed. Travellers heading for Lexington were rebooked."
    )
    got = resolve_names(extractor, text, ["Paris", "Lyon", "Versailles", "Lexington"])
    c = got["Paris"]
    assert c.country_code == "FR", (c.name, c.country_code, c.admin1)


def test_a_town_of_the_article_region_is_found_beyond_the_ranked_dozen(extractor):
    # dozens of Springfields rank above Illinois's small namesakes of other names; the region is asked directly
    text = (
        "Deputies from Sangamon County searched a farm near Chatham on Sunday, and the suspect was booked in "
        "Springfield, where the Illinois State Police have their headquarters."
    )
    got = resolve_names(extractor, text, ["Sangamon County", "Chatham", "Springfield", "Illinois"])
    c = got["Springfield"]
    assert c.country_code == "US" and c.admin1 == "Illinois", (c.name, c.country_code, c.admin1)


def test_a_handed_in_place_the_gazetteer_lacks_is_the_region_the_story_is_in(extractor):
    # "Quillbrook Hollow" is made up: no gazetteer has it; the story's other places are all in Kentucky
    text = (
        "Firefighters from Corbin, Barbourville and Williamsburg spent the night at a barn fire in Quillbrook "
        "Hollow, fire officials said."
    )
    got = resolve_names(extractor, text, ["Corbin", "Barbourville", "Williamsburg", "Quillbrook Hollow"])
    c = got["Quillbrook Hollow"]
    assert c is not None and c.kind == "region" and c.admin1 == "Kentucky", c
    assert c.geo_precision == 3 and "no place" in c.why[0], c.why


def test_a_handed_in_place_the_gazetteer_lacks_is_the_county_its_sentence_names(extractor):
    # with its county in the sentence, the county answers (app.extract.hamlets), not the whole state
    text = (
        "Firefighters from Corbin and Williamsburg spent the night at a barn fire in Quillbrook Hollow, a "
        "hamlet in Laurel County, fire officials said."
    )
    got = resolve_names(extractor, text, ["Corbin", "Williamsburg", "Quillbrook Hollow", "Laurel County"])
    c = got["Quillbrook Hollow"]
    assert c is not None and c.name == "Laurel County" and c.admin1 == "Kentucky", c
    assert c.geo_precision == 2 and "no place" in c.why[0], c.why


def test_a_handed_in_unknown_place_stays_unresolved_when_the_story_spans_regions(extractor):
    text = (
        "The band played Denver, Omaha and Tulsa before a last show at Quillbrook Hollow, its manager said."
    )
    got = resolve_names(extractor, text, ["Denver", "Omaha", "Tulsa", "Quillbrook Hollow"])
    assert got["Quillbrook Hollow"] is None, got["Quillbrook Hollow"]


def test_another_name_of_a_far_city_yields_to_the_town_whose_own_name_it_is_nearby(extractor):
    # GeoNames files "Southold" as another name of South Bend, Indiana (100,000 people, 1,100 km away)
    text = "The ferry from Southold to Riverhead was cancelled on Monday because of fog, the operator said."
    got = resolve_names(extractor, text, ["Southold", "Riverhead"])
    c = got["Southold"]
    assert c.name == "Southold" and c.admin1 == "New York", (c.name, c.admin1)


def test_a_city_named_like_its_region_is_weighed_as_the_city(extractor):
    # "Donetsk" the region and "Donetsk" the city are two senses of one name: the city is not judged by where
    # the region lies, and the Russian Donetsk beside Luhansk does not take it
    text = (
        "Moscow wants all of the Donbas, which includes the Donetsk region, and kept shelling the outskirts of "
        "Donetsk and Luhansk, officials said."
    )
    a = text.index("Donetsk and")
    spans = [(a, a + len("Donetsk"))] + [
        (text.index(n), text.index(n) + len(n)) for n in ("Donbas", "Donetsk region", "Luhansk")
    ]
    c = extractor.resolve_spans(article(text), spans)[spans[0]]
    assert c is not None and c.country_code == "UA", (c.name, c.country_code, c.admin1)


def test_a_small_far_namesake_nothing_backs_gives_way_to_the_story_region(extractor):
    # the only Quartzsite the gazetteer has is the Arizona town of 2,000 people, 2,500 km from this story
    text = (
        "Deputies from Laurel County and Corbin searched the woods near Williamsburg on Sunday for a hiker "
        "last seen at Quartzsite."
    )
    got = resolve_names(extractor, text, ["Laurel County", "Corbin", "Williamsburg", "Quartzsite"])
    c = got["Quartzsite"]
    # the region would answer; the county its sentence names answers closer (app.extract.hamlets)
    assert c.name == "Laurel County" and c.admin1 == "Kentucky" and c.geo_precision == 2, (c.name, c.admin1)
    assert c.why[0].startswith("no place 'Quartzsite'"), c.why


def test_a_county_of_the_story_holds_its_town(extractor):
    # one place besides it, but the county that holds London, Kentucky: more than a town nearby would say
    text = "Laurel County deputies arrested a man in London on Tuesday after a two-hour standoff."
    got = resolve_names(extractor, text, ["Laurel County", "London"])
    c = got["London"]
    assert c.admin1 == "Kentucky" and c.country_code == "US", (c.name, c.admin1)


def test_one_named_state_does_not_make_a_country_a_town(extractor):
    text = "A Texas company will open its new plant in China next year, the governor's office said."
    got = resolve_names(extractor, text, ["Texas", "China"])
    c = got["China"]
    assert c.kind == "country" and c.country_code == "CN", (c.name, c.kind, c.country_code)


def _places(geocoder, names):
    out = []
    for n in names:
        out.extend(geocoder.search(n, limit=4, fuzzy=False))
    return out


def _scattered(n: int, seed: int, box=(-90.0, 90.0, -180.0, 180.0)):
    """n made-up places (towns, counties, regions) in `box`, in a few regions of two countries."""
    import random

    from app.geocode import Candidate

    rnd = random.Random(seed)
    lat0, lat1, lon0, lon1 = box
    out = []
    for k in range(n):
        kind = rnd.choice(["settlement", "settlement", "other", "region", "country", "water"])
        cc = rnd.choice(["UA", "RU"])
        out.append(Candidate(
            name=f"place {k}", lat=rnd.uniform(lat0, lat1), lon=rnd.uniform(lon0, lon1), kind=kind,
            country_code=cc, admin1=None, geonameid=None, population=rnd.choice([0, 5000]), score=0.5,
            geo_precision=3, place_id=10_000_000 * seed + k, admin1_code=rnd.choice(["01", "02", None]),
        ))  # fmt: skip
    return out


# towns, counties and states of one region, their namesakes abroad, countries, a macro-region, a sea, and places
# by the antimeridian and the pole, where a grid of degrees is easiest to get wrong
_MIXED = ["London", "Laurel County", "Williamsburg", "Corbin", "Kentucky", "Paris", "Lamar County", "Clarksville",
          "Texas", "Georgia", "Atlanta", "Macon", "China", "Europe", "Baltic Sea", "Anadyr", "Suva", "Taveuni",
          "Longyearbyen", "Barentsburg", "Kyiv", "Bucha", "Irpin", "Kyiv Oblast"]  # fmt: skip


def test_the_index_backs_each_place_as_the_pairwise_count_does(geocoder):
    """nearby.Backing (counts per country and region, a grid for the towns within NEAR_KM) answers exactly what
    weighing each place against every other does, with a named region qualifying another name or not, and with
    one place (a name's own) left out."""
    from app.extract import nearby

    places = _places(geocoder, _MIXED)
    assert len(places) > 40
    # made-up places packed near the pole, across the antimeridian and in one small area (many within NEAR_KM)
    places += _scattered(150, 1, (80.0, 90.0, -180.0, 180.0)) + _scattered(
        150, 2, (-20.0, -15.0, 178.0, 180.0)
    )
    places += _scattered(150, 3, (-20.0, -15.0, -180.0, -178.0)) + _scattered(
        200, 4, (48.0, 50.0, 30.0, 33.0)
    )
    regions = {(p.country_code, p.admin1_code) for p in places if p.kind == "region" and p.admin1_code}
    for qualifying in (frozenset(), frozenset(list(regions)[:2])):
        backing = nearby.Backing(places, qualifying)
        for k, x in enumerate(places):
            for held in (nearby.CONTAINED, 1.0):
                assert backing.support(x, held) == nearby.support(x, places, held, qualifying), x.name
                own = places[(k + 7) % len(places)]
                others = [p for j, p in enumerate(places) if j != (k + 7) % len(places)]
                assert backing.support(x, held, without=own) == nearby.support(x, others, held, qualifying)
    backing = nearby.Backing(places)
    moved, to = places[0], places[-1]
    backing.remove(moved)
    backing.add(to)
    now = [*places[1:], to]
    assert all(backing.support(x) == nearby.support(x, now) for x in places)


def test_backing_a_place_reads_its_neighbourhood_not_the_whole_list(monkeypatch):
    """A hostile article naming thousands of places: each is weighed against the places within reach, so the
    distances computed stay far below one per pair (settle() has no cap on the names any more)."""
    from app.extract import nearby

    places = _scattered(4000, 5, (44.0, 52.0, 22.0, 40.0))  # a country the size of Ukraine
    calls = 0
    real = nearby._km

    def counting(*a):
        nonlocal calls
        calls += 1
        return real(*a)

    monkeypatch.setattr(nearby, "_km", counting)
    backing = nearby.Backing(places)
    for x in places:
        backing.support(x)
    assert calls < len(places) ** 2 / 20, (calls, len(places))


def test_a_state_abroad_that_nothing_backs_is_the_town_its_neighbours_surround(extractor):
    # Virginia is also a town of County Cavan; nothing else in the story is American
    text = (
        "Fire crews from Cavan and Ballyjamesduff were called to a blaze at a hotel in Virginia on Sunday "
        "night, gardai said."
    )
    got = resolve_names(extractor, text, ["Cavan", "Ballyjamesduff", "Virginia"])
    c = got["Virginia"]
    assert c.country_code == "IE" and c.kind == "settlement", (c.name, c.country_code, c.kind)


def test_a_state_its_towns_back_stays_the_state(extractor):
    text = "The governor of Virginia met farmers in Richmond and Roanoke on Monday, his office said."
    c = resolve_names(extractor, text, ["Virginia", "Richmond", "Roanoke"])["Virginia"]
    assert c.kind == "region" and c.country_code == "US", (c.name, c.kind)
