"""factcheck: find numeric and dated claims in news articles and check them across sources."""

__version__ = "0.1.0"
