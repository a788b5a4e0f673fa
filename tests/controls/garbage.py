#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# garbage.py ZDAUDIT SOURCE_DIR [KIND...] — "never pass on unusable data", for every endpoint of
# src/snapshot/endpoints.def: starting from the example account (examples/clinic), replace the
# endpoint's body with garbage of the right outer shape and assess. No control that requires
# or uses that endpoint may then come out `pass` or `not_applicable`.
# Garbage shapes, each its own run:
#   junk   - list endpoints: items that are not objects ([1, "x", null, true, [], 2.5]);
#            object endpoints: every top-level value replaced by such a list
#   flip   - every value of every item (and of object bodies, recursively) replaced by a value
#            of another JSON type (string -> number, number/boolean -> string, object ->
#            array, array -> object), ids kept so objects can still be named
#   empty  - objects with none of their fields ([{}, {}] for lists; {"settings": {}} for a
#            single object): an item without the fields every such object has (a user
#            without id and role, a brand without id) is unusable, and a settings reply
#            without the section a control reads is too. A key absent inside a section that is
#            there may be Zendesk's documented default (each control cites the page); EMPTY_OK
#            lists the few controls whose pass does not rest on the emptied endpoint at all,
#            with the reason, and the run fails when one of them no longer passes (stale).
# Endpoints the example lacks (skipped or refused there) are made `ok` for the run.
import json, os, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import snapdefs  # noqa: E402

zd, src = sys.argv[1], sys.argv[2]
example = os.path.join(src, "examples", "clinic")
endpoints = snapdefs.endpoints(src)
readers = snapdefs.readers(zd)

JUNK = [1, "x", None, True, [], 2.5]
KINDS = sys.argv[3:] or ["junk", "flip", "empty"]

# (endpoint, control) -> why an `empty` body of that endpoint may leave the control passing
EMPTY_OK = {
    ("account_settings", "ZD.EXPLORE.1.2"):
        "decided from custom_roles; account settings only make it not applicable when "
        "active_features.explore is false, and an absent flag never does",
    ("account_settings", "ZD.SUP.12.1"):
        "decided from the rules that send the survey (automations, triggers); "
        "active_features.customer_satisfaction matters only when no rule sends it, and an "
        "absent flag is not 'off'",
}


def flip(v, key=None):
    if key == "id":
        return v
    if isinstance(v, bool):
        return "x"
    if isinstance(v, (int, float)):
        return "x"
    if isinstance(v, str):
        return 7
    if isinstance(v, list):
        return {"x": 1}
    if isinstance(v, dict):
        return {k: flip(x, k) for k, x in v.items()} if key is None else [1]
    return [1]          # null


def flip_item(v):
    # an item keeps its keys; every value takes another type
    return {k: flip(x, k) for k, x in v.items()} if isinstance(v, dict) else v


def garbage(kind, body, lst):
    if lst is not None:
        items = body.get(lst) if isinstance(body, dict) else None
        if not isinstance(items, list) or not items:
            items = [{"id": 1, "name": "n", "type": "web", "status": "active"}]
        out = dict(body) if isinstance(body, dict) else {}
        if kind == "junk":
            out[lst] = list(JUNK)
        elif kind == "flip":
            out[lst] = [flip_item(i) for i in items]
        else:
            out[lst] = [{} for _ in items]
        return out
    body = body if isinstance(body, dict) and body else {"x": {"y": 1}}
    if kind == "junk":
        return {k: list(JUNK) for k in body}
    if kind == "flip":
        return {k: (flip_item(v) if isinstance(v, dict) else flip(v, k)) for k, v in body.items()}
    return {k: {} for k in body}


tmp = tempfile.mkdtemp()
bad = []
runs = 0
try:
    for key, lst in endpoints:
        who = readers.get(key)
        if not who:
            continue
        for kind in KINDS:
            snap = os.path.join(tmp, "snap")
            shutil.rmtree(snap, ignore_errors=True)
            shutil.copytree(example, snap)
            man = json.load(open(os.path.join(snap, "manifest.json")))
            ep = man["endpoints"].get(key) or {}
            fname = key + ".json"
            path = os.path.join(snap, fname)
            body = json.load(open(path)) if ep.get("outcome") == "ok" and os.path.exists(path) \
                else ({lst: []} if lst else {})
            json.dump(garbage(kind, body, lst), open(path, "w"))
            ep.update({"outcome": "ok", "http_status": 200, "error": None, "file": fname,
                       "truncated": False, "items": 6})
            ep.setdefault("path", "/")
            man["endpoints"][key] = ep
            json.dump(man, open(os.path.join(snap, "manifest.json"), "w"))
            r = subprocess.run([zd, "assess", "-q", "--snapshot", snap, "--format", "json"],
                               capture_output=True, text=True)
            runs += 1
            if r.returncode not in (0, 2, 3) or not r.stdout:
                bad.append(f"{key}/{kind}: assess exited {r.returncode}: {r.stderr[:300]}")
                continue
            for res in snapdefs.results(json.loads(r.stdout)):
                allowed = kind == "empty" and (key, res["id"]) in EMPTY_OK
                passed = res["status"] in ("pass", "not_applicable")
                if res["id"] in who and passed and not allowed:
                    bad.append(f"{key}/{kind}: {res['id']} is {res['status']}: "
                               f"{res['details'][:160]}")
                elif allowed and not passed:
                    bad.append(f"{key}/{kind}: {res['id']} is {res['status']}, so its EMPTY_OK "
                               f"entry is stale: remove it")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

for b in bad:
    print(b)
print(f"garbage: {runs} runs, {len(bad)} control(s) passed on unusable data")
sys.exit(1 if bad else 0)
