-- SPDX-License-Identifier: MIT
-- ZD.GEN.14.1: Monitor user activity.
-- Check: the audit log must be reachable (Enterprise); its last 90 days are summarised as
--   evidence, and a person confirms that activity is reviewed.

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
question = "Confirm user activity is reviewed on a schedule by a named reviewer: the audit log "
  .. "(Admin Center > Account > Audit log, Enterprise plans), ticket audits, and the Chat, Talk "
  .. "and Sunshine Conversations activity sources in use. Keep the review records (date, reviewer, "
  .. "findings) of the recent review cycles."
uses = { "audit_logs" }

-- check --
requires = { "audit_logs" }

local data = require "data"

function check(snap, ctx)
  local logs, why = data.list(snap, "audit_logs")
  if logs == nil then
    return zd.error(why .. ".", {})
  end
  local by, newest = {}, nil
  for _, l in ipairs(logs) do
    local t = zd.str(zd.get(l, "source_type")) or "other"
    by[t] = (by[t] or 0) + 1
    local c = zd.time(zd.str(zd.get(l, "created_at")))
    if c and (newest == nil or c > newest) then newest = c end
  end
  local parts = {}
  for t, n in pairs(by) do parts[#parts + 1] = t .. " " .. n end
  table.sort(parts)
  local ev = { { endpoint = "audit_logs", note = #logs .. " audit-log event(s) in the last 90 days"
    .. (#parts > 0 and (": " .. table.concat(parts, ", ")) or "") } }
  return zd.manual("The audit log is available (" .. #logs .. " events in the last 90 days). Confirm "
    .. "that user activity is reviewed on a schedule (audit log, ticket audits, Talk and Chat "
    .. "sources) and keep the review records.", ev)
end
