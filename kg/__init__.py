"""dipkg: knowledge graphs of diplomatic actors and their CAMEO-coded interactions, built from news text."""

__version__ = "0.1.0"
