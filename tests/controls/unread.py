#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# unread.py ZDAUDIT SOURCE_DIR — "a value that was not read is never shown as zero": for every
# endpoint of src/snapshot/endpoints.def that a control reads, the example account
# (examples/clinic) is assessed with that endpoint failed (HTTP 404), once as is and once with
# the help-centre settings failed too. A control that reads it
# must not then state a count of zero ("0 posts", "0 users", "(0)") that it did not state
# when the endpoint was read: that zero would come from the unread list.
import json, os, re, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import snapdefs  # noqa: E402

zd, src = sys.argv[1], sys.argv[2]
example = os.path.join(src, "examples", "clinic")
keys = [k for k, _ in snapdefs.endpoints(src)]
readers = snapdefs.readers(zd)
ZERO = re.compile(r'(?<![\w.,-])(?:0 [a-z][\w-]*|\(0\))')


def assess(snap):
    r = subprocess.run([zd, "assess", "-q", "--snapshot", snap, "--format", "json"],
                       capture_output=True, text=True)
    assert r.stdout, r.stderr
    return {x["id"]: x["details"] for x in snapdefs.results(json.loads(r.stdout))}


def variant(tmp, failed):
    snap = os.path.join(tmp, "snap")
    shutil.rmtree(snap, ignore_errors=True)
    shutil.copytree(example, snap)
    man = json.load(open(os.path.join(snap, "manifest.json")))
    for key in failed:
        man["endpoints"][key] = {"path": "/", "outcome": "http_error", "http_status": 404,
                                 "error": "Not Found", "file": None}
    json.dump(man, open(os.path.join(snap, "manifest.json"), "w"))
    return assess(snap)


tmp = tempfile.mkdtemp()
bad = []
# Each endpoint unread on the example as is, and with the help-centre settings unread too
# (controls then fall back to counting lists: "the community has 2 topics and 0 posts").
try:
    for extra in ([], ["hc_general_settings"]):
        base = variant(tmp, extra)
        for key in keys:
            if key not in readers or key in extra:
                continue
            got = variant(tmp, extra + [key])
            # the nouns that can name the endpoint's objects: community_posts -> community, post
            words = {w.rstrip("s") for w in key.split("_") if len(w) > 2}

            def about(z):
                noun = z[2:].rstrip("s") if z.startswith("0 ") else None
                return noun is None or any(noun.startswith(w) or w.startswith(noun)
                                           for w in words)
            for cid in readers[key]:
                new = {z for z in set(ZERO.findall(got[cid])) - set(ZERO.findall(base[cid]))
                       if about(z)}
                if new:
                    bad.append(f"{'+'.join(extra + [key])} unread: {cid} says {sorted(new)}: "
                               f"{got[cid][:200]}")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
for b in bad:
    print(b)
print(f"unread: each endpoint read by a control failed in turn, twice; {len(bad)} zero(s) "
      "from unread data")
sys.exit(1 if bad else 0)
