"""judge-app: offline judging for public-service innovation competitions."""

__version__ = "0.1.0"
