"""app.extract.spotting: the parts of the place-name spotter (app.extract.spot.Spotter).

tokens.py     words and the capitalised runs they form
cues.py       the patterns around a name that say it is a place, a region, a facility or a speaker
spans.py      Spot, the span that names a place, and the lists of them
facts.py      what the gazetteer says of a name (PlaceFacts)
people.py     the rules that tell people and organisations from places (PeopleRules)
place_rules.py  whether a matched name is a place, and names known with their generic word (PlaceRules)
"""
