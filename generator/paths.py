"""Where the generator reads and writes, relative to the repository."""

from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
TEMPLATES_DIR = ROOT / "templates"
CONFIG_FILE = Path(__file__).resolve().parent / "config.yaml"
GENERATED_DIR = ROOT / "bemserver_api_client" / "_generated"
#: The facade's enumerations (rendered by generator/enums.py), which typed filters
#: also accept (generator/filters.py).
ENUMS_FILE = GENERATED_DIR / "enums.py"


def template_environment() -> jinja2.Environment:
    """The Jinja environment the renderers of the facade's modules share
    (resources, requests, resource exports, enumerations): strict, blocks
    trimmed, files ending with their newline."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
