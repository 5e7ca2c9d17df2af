"""Locate files shipped with dipkg: the ontology (installed as kg/ontology, or ../ontology in a checkout) and data."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
QUERIES_DIR = PACKAGE_DIR / "queries"


def ontology_file(name: str) -> Path:
    """Path of an ontology file such as 'dipkg.ttl', 'cameo.ttl' or 'shapes.ttl'."""
    for folder in (PACKAGE_DIR / "ontology", PACKAGE_DIR.parent / "ontology"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"ontology file {name} is not installed with dipkg")
