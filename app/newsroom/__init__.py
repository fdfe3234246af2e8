"""app.newsroom: reports in from the web: pages by URL (trafilatura) and RSS/Atom feeds (feedparser)."""
