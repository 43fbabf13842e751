"""Where the generator reads and writes, relative to the repository."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
TEMPLATES_DIR = ROOT / "templates"
CONFIG_FILE = Path(__file__).resolve().parent / "config.yaml"
GENERATED_DIR = ROOT / "bemserver_api_client" / "_generated"
#: The facade's enumerations (rendered by generator/enums.py), which typed filters
#: also accept (generator/filters.py).
ENUMS_FILE = GENERATED_DIR / "enums.py"
