"""fetch: the only code that touches the network (HTTP, robots.txt, rate limits, crawl state, WARC archive)."""
