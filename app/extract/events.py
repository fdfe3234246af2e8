def code_events(parsed, geocoder):
    return []
