"""GeoNames files Arabic towns with their article ("Al Qāmishlī", "Ar Raqqah"); news mostly writes the bare name
("Qamishli"). The bare name is filed as a generated form, the lowest tier."""

from __future__ import annotations


def test_a_bare_name_finds_the_town_filed_with_its_article(geocoder):
    c = geocoder.best("Qamishli", fuzzy=False)
    assert c is not None and c.country_code == "SY" and c.population > 100_000, c
    assert c.why[0].startswith("generated match"), c.why


def test_the_assimilated_article_is_dropped_too(geocoder):
    c = geocoder.best("Raqqah", fuzzy=False)
    assert c is not None and c.country_code == "SY", c


def test_a_name_that_only_starts_like_the_article_is_not_cut(geocoder):
    # "Alexandria" is not "Al" + "exandria": the article is a word of its own
    assert not geocoder.gaz.has_name("exandria")
