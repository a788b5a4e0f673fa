# SPDX-License-Identifier: MIT
# snapdefs.py — shared by garbage.py and unread.py: the endpoints of src/snapshot/endpoints.def
# (key and list name), which controls read each one (their `requires` and `uses`), and the
# results of an assessment, advisory checks (ADV.*, listed apart) included.
import json, os, re, subprocess


def endpoints(src):
    """[(key, list name or None for a single object)] in endpoints.def order."""
    defs = open(os.path.join(src, "src", "snapshot", "endpoints.def")).read()
    out = [(k, None if l == "NULL" else l.strip('"')) for k, l in
           re.findall(r'ZD_ENDPOINT\((\w+),\s*"[^"]*",\s*(NULL|"[^"]*")', defs)]
    assert len(out) > 30, out
    return out


def readers(zd):
    """{endpoint key: set of control and advisory-check ids that require or use it}"""
    doc = json.loads(subprocess.run([zd, "controls", "--format", "json"], check=True,
                                    capture_output=True, text=True).stdout)
    out = {}
    for c in doc["controls"] + doc.get("advisory", []):
        for k in (c.get("requires") or []) + (c.get("uses") or []):
            out.setdefault(k, set()).add(c["id"])
    return out


def results(doc):
    """every result of a results document: the baseline's, then the advisory checks'"""
    return doc["results"] + doc.get("advisory", [])
