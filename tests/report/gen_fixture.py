#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# gen_fixture.py — builds fixtures/catalog135.json, a synthetic results
# document with one result per control of the baseline catalog (ids,
# titles, products, kinds, responsible parties and seed references taken
# from the catalog's summary table, shared/baseline/catalog.md) and a fixed
# mix of statuses, attestations and exceptions. Run it again only when the
# catalog changes:  gen_fixture.py CATALOG.md > fixtures/catalog135.json
import json
import sys

AREAS = {"HOST": "host", "GEN": "gen", "SUP": "support", "GUIDE": "guide",
         "MSG": "messaging", "SUNCO": "sunco", "CHAT": "chat",
         "EXPLORE": "explore", "ADDON": "addon", "MOBILE": "mobile",
         "INSIGHTS": "insights", "AI": "ai", "QA": "qa", "WFM": "wfm"}


def rows(path):
    for line in open(path, encoding="utf-8"):
        if not line.startswith("| ZD."):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        yield cells


def main():
    results = []
    for i, (cid, seed, product, title, kind, resp, exc, auto) in \
            enumerate(rows(sys.argv[1])):
        r = {"id": cid, "title": title, "status": "manual",
             "severity": ["critical", "high", "medium", "low"][i % 4],
             "product": product, "area": AREAS[cid.split(".")[1]],
             "kind": kind, "responsible": resp.lower(), "seed_ref": seed,
             "details": "A person must confirm this requirement and keep "
                        "the evidence.",
             "evidence": [], "remediation": "See the catalog entry for "
             + cid + ".", "exception_allowed": exc != "n/a",
             "attestation": None, "exception": None}
        if auto == "auto" and i % 3 == 0:
            r["status"] = "pass"
            r["details"] = "The setting is as the baseline requires."
            r["evidence"] = [{"endpoint": "account_settings",
                              "path": "settings.security.x%d" % i,
                              "actual": True, "expected": True}]
        elif auto == "auto" and i % 3 == 1:
            r["status"] = "fail"
            r["details"] = "The setting differs from the baseline."
            r["evidence"] = [{"endpoint": "account_settings",
                              "path": "settings.security.x%d" % i,
                              "actual": False, "expected": True}]
        elif auto == "partial" and i % 7 == 0:
            r["status"] = "error"
            r["details"] = "The endpoint was refused (HTTP 403)."
            r["evidence"] = [{"endpoint": "oauth_clients",
                              "note": "http_error 403"}]
        elif kind == "acknowledgement" and i % 4 == 0:
            r["status"] = "not_applicable"
            r["details"] = "The feature is switched off."
        results.append(r)
    by_id = {r["id"]: r for r in results}

    def att(cid, status, applied, expired, expires="2027-09-30"):
        by_id[cid]["status"] = status
        by_id[cid]["attestation"] = {
            "statement": "Confirmed for " + cid + " by the security team.",
            "owner": "Dana Whitfield, Security Officer",
            "date": "2026-10-01", "expires": expires,
            "evidence": "https://intranet.example/policies/" + cid,
            "expired": expired, "applied": applied}

    def exc(cid, status, applied, expired, expires="2027-03-31"):
        by_id[cid]["status"] = status
        by_id[cid]["exception"] = {
            "justification": "The subscriber accepts responsibility for "
                             + cid + " until the migration ends.",
            "owner": "Morgan Lee, Compliance", "approved_on": "2026-09-15",
            "expires": expires, "basis": "deviation",
            "expired": expired, "applied": applied}

    att("ZD.SUP.6", "attested", True, False)
    att("ZD.MOBILE.1", "attested", True, False)
    att("ZD.GEN.1", "attested", True, False)
    att("ZD.MOBILE.2", "manual", False, True, expires="2026-06-30")
    att("ZD.SUP.1.1", "fail", False, False)
    exc("ZD.SUP.5", "accepted", True, False)
    by_id["ZD.SUP.5"]["exception"]["basis"] = "alternative"
    by_id["ZD.SUP.5"]["alternative"] = (
        "Keep attachments public and record in the exception register that "
        "the subscriber takes full responsibility for attachment content.")
    by_id["ZD.SUP.5"]["evidence"] = [{
        "endpoint": "account_settings",
        "path": "settings.tickets.private_attachments",
        "actual": False, "expected": True}]
    exc("ZD.SUP.4.3", "fail", False, True, expires="2026-08-31")
    by_id["ZD.SUP.9"]["status"] = "fail"
    by_id["ZD.SUP.9"]["details"] = "2 triggers send ticket comments by email."
    by_id["ZD.SUP.9"]["evidence"] = [
        {"endpoint": "triggers", "object": {"type": "trigger", "id": 360001,
         "title": "Notify requester of comment update"},
         "field": "actions.notification_user", "note": "{{ticket.comments}}"},
        {"endpoint": "triggers", "object": {"type": "trigger", "id": 360002,
         "title": "Notify assignee"}, "finding": {
             "type": "US_SSN", "start": 10, "end": 21,
             "masked": "***-**-6789"}}]
    counts = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    summary = {k: counts.get(k, 0) for k in
               ("pass", "fail", "manual", "attested", "accepted",
                "not_applicable", "error")}
    doc = {"schema": "zdaudit/results/1",
           "tool": {"name": "zdaudit", "version": "0.1.0"},
           "account": {"subdomain": "riverside-clinic",
                       "collected_at": "2026-11-20T09:14:03Z",
                       "snapshot": "examples/clinic", "base_url": None},
           "baseline": {"name": "Zendesk minimum security configuration "
                        "for HIPAA- and HDS-enabled accounts",
                        "revision": "2025-01-28", "controls": len(results)},
           "generated_at": "2026-11-25T10:00:00Z",
           "summary": summary, "results": results}
    json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


main()
