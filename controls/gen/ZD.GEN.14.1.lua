-- SPDX-License-Identifier: MIT
-- ZD.GEN.14.1: Monitor user activity.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.14.1"
title = "Monitor user activity"
seed_ref = "SRM IV.1.a"
product = "Support, Chat, Talk, Sunshine (audit sources)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber monitors user activity in its instance, through UI views, API logs or "
  .. "both."
evidence = "Audit-log review records. Sources named in SRM \"useful links\": Support change audit "
  .. "log, UI and API (GET /api/v2/audit_logs); ticket audits API; Chat dashboard, chat "
  .. "history, and Chat incremental export and real-time APIs; Talk dashboard and Talk "
  .. "incremental API; Sunshine custom objects, events and profiles APIs; Sell "
  .. "real-time/firehose API."
remediation = "Review the audit log (Admin Center > Account > Audit log, Enterprise plans) and the "
  .. "other activity sources on a schedule, and keep review records; without Enterprise, "
  .. "export ticket audits through the API."
question = "Confirm that this holds for the account: Monitor user activity. Keep as evidence: "
  .. "Audit-log review records. Sources named in SRM \"useful links\": Support change audit "
  .. "log, UI and API (GET /api/v2/audit_logs); ticket audits API; Chat dashboard, chat "
  .. "history, and Chat incremental export and real-time APIs; Talk dashboard and Talk "
  .. "incremental API; Sunshine custom objects, events and profiles APIs; Sell "
  .. "real-time/firehose API."
uses = { "audit_logs" }
