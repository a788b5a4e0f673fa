-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2: the subscriber owns the security implications of Sunshine Conversations API
-- access; it holds when ZD.SUNCO.2.1–2.3 hold. Fails or errors with a failing or undecided
-- sub-control; otherwise manual (the register of keys, clients and integrations).
local status = require "status"
local verdict = require "verdict"

id = "ZD.SUNCO.2"
title = "The subscriber owns the security implications of Sunshine Conversations API access"
seed_ref = "IV.2 (lead-in)"
product = "Sunshine Conversations API"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber understands the security implications of every subscriber or "
  .. "third-party entity that can create, read, change or delete Service Data and PHI through "
  .. "the Sunshine Conversations API, and applies the practices of the API model in use "
  .. "(ZD.SUNCO.2.1 OAuth, 2.2 keys, 2.3 webhooks and integrations)."
evidence = "The results of ZD.SUNCO.2.1, 2.2 and 2.3, and a register of Sunshine Conversations API "
  .. "keys (app and account level), OAuth clients and integrations, each with an owner."
remediation = "Fix what ZD.SUNCO.2.1 to 2.3 report, and keep a register of Sunshine Conversations "
  .. "API keys, OAuth clients and integrations with an owner for each."
question = "Produce the register of every party that can use the Sunshine Conversations API (keys,"
  .. " OAuth clients, integrations, webhooks), with owner, purpose and review date, and the "
  .. "evidence asked by ZD.SUNCO.2.1 to 2.3."
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

local PARTS = { "ZD.SUNCO.2.1", "ZD.SUNCO.2.2", "ZD.SUNCO.2.3" }

function check(snap, ctx)
  local parts, ev, named = {}, {}, {}
  for _, id in ipairs(PARTS) do
    local r = status.of(id)
    parts[#parts + 1] = r
    ev[#ev + 1] = { object = { type = "control", id = id }, actual = r.status, note = r.details }
    if r.status == "fail" or r.status == "error" then
      named[#named + 1] = id .. " " .. r.status .. " (" .. r.details:gsub("%.$", "") .. ")"
      if r.status == "fail" then status.carry(ev, r) end
    end
  end
  local worst = status.worst(parts)
  local details = "Sub-controls not met: " .. table.concat(named, "; ") .. "."
  if worst.status == "fail" then return zd.fail(details, ev) end
  if worst.status == "error" then return verdict.error(details, ev) end
  return zd.manual("No sub-control fails; show the register of Sunshine Conversations API keys, "
    .. "OAuth clients and integrations with an owner for each.", ev)
end
