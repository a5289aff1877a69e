"""Strict nbformat validation of notebooks, as Jupyter itself would judge them.

Usage: python3 validate_notebooks.py NOTEBOOK...
Each file is read as JSON (no upgrade, no repair) and checked against nbformat's JSON schema for the version it
declares (jsonschema, every error reported); nbformat.validate then runs with its warnings (a 4.5 cell without an id,
a duplicate id) turned into errors, because newer nbformat versions make them hard errors. Prints one line per
problem and exits 1 when any notebook is invalid, 0 when all are valid.
"""
import copy
import json
import sys
import warnings

import nbformat
from nbformat.validator import get_validator


def short(text, limit=160):
    return text if len(text) <= limit else text[:limit] + "…"


def problems(path):
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    major, minor = nb.get("nbformat"), nb.get("nbformat_minor")
    validator = get_validator(major, minor, name="jsonschema")
    if validator is None:
        return ["no nbformat schema for version %r.%r" % (major, minor)]
    found = []
    for error in validator.iter_errors(nb):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        # A cell that matches no cell schema: say why it fails the schema of its own cell_type, not the whole cell.
        reasons = sorted({short(e.message) for e in error.context if e.validator in ("required", "additionalProperties", "type", "enum")})
        found.append("%s: %s%s" % (where, short(error.message), (" (" + "; ".join(reasons[:4]) + ")") if reasons else ""))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            nbformat.validate(copy.deepcopy(nb))
        except Exception as e:  # ValidationError, or a warning raised as an error
            found.append("nbformat.validate: %s: %s" % (type(e).__name__, str(e).splitlines()[0]))
    if (major, minor) >= (4, 5):
        ids = [cell.get("id") for cell in nb.get("cells", [])]
        if len(set(ids)) != len(ids):
            found.append("cell ids are not unique: %r" % ids)
    return found


def main():
    invalid = 0
    for path in sys.argv[1:]:
        found = problems(path)
        if found:
            invalid += 1
            for problem in found:
                print("%s: %s" % (path, problem))
        else:
            print("%s: valid" % path)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
