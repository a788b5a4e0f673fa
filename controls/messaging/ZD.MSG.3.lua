-- SPDX-License-Identifier: MIT
-- ZD.MSG.3: Every agent and light agent is authorised to see all inbound messages.
-- Check: lists who can see inbound messages (active agents, light agents and admins from
--   users, with their custom roles) for the reconciliation a person signs; always manual, since
--   the authorisation is a document. Users not read: manual if skipped, else error.

id = "ZD.MSG.3"
title = "Every agent and light agent is authorised to see all inbound messages"
seed_ref = "III.3"
product = "Messaging"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber is fully responsible for making sure that every agent and light agent is "
  .. "authorised to see every inbound message from every end user. The seed implies that "
  .. "messaging does not limit who can see inbound messages."
evidence = "A written authorisation that all agent and light-agent roles are cleared for all "
  .. "messaging data. The agent and light-agent list (GET /api/v2/users, role and custom "
  .. "role), reconciled against that authorisation."
remediation = "Confirm in writing that every agent and light agent who can see messaging conversations "
  .. "is authorised to see all inbound messages, or route messaging to a restricted group."
question = "Export the agents and light agents (Admin Center > People > Team > Team members,"
  .. " filtered by role) who can see messaging conversations, and show the written authorisation"
  .. " that each of them may see every inbound message from every end user. Keep the export and the"
  .. " signed authorisation, reconciled by name and dated."
uses = { "users", "custom_roles" }

local verdict = require "verdict"
local data = require "data"

function check(snap, ctx)
  local users = zd.items(snap, "users")
  if users == nil then
    return verdict.missing("users", "Export the team members from Admin Center > People > Team > "
      .. "Team members instead.")
  end
  local bad = verdict.malformed("users", users)
  if bad then return verdict.error(bad .. ".") end
  local roles = {}
  for _, r in ipairs(zd.items(snap, "custom_roles") or {}) do
    local rid = zd.int(zd.get(r, "id"))
    if rid then roles[rid] = zd.str(zd.get(r, "name")) end
  end
  local counts, order, ev = {}, {}, {}
  local total = 0
  local active = data.active(snap)
  local staff_roles = active.roles
  local custom = {}   -- label per custom role id, made once rather than per member
  for i, u in ipairs(active.users) do
    local role = staff_roles[i]
    total = total + 1
    local label = role
    if zd.int(zd.get(u, "role_type")) == 1 then
      label = "light agent"
    else
      local crid = zd.int(zd.get(u, "custom_role_id"))
      if crid and role == "agent" then
        label = custom[crid]
        if label == nil then
          label = "agent (" .. (roles[crid] or ("custom role " .. crid)) .. ")"
          custom[crid] = label
        end
      end
    end
    if counts[label] == nil then
      counts[label] = 0
      order[#order + 1] = label
    end
    counts[label] = counts[label] + 1
    if #ev < 50 then
      ev[#ev + 1] = { endpoint = "users", object = { type = "user", id = zd.get(u, "id"), title = label },
                      field = "role", actual = role, note = "can see inbound messages; reconcile with "
                        .. "the written authorisation" }
    end
  end
  table.sort(order)
  local parts = {}
  for _, l in ipairs(order) do parts[#parts + 1] = counts[l] .. " " .. l end
  if zd.state("users").truncated then
    parts[#parts + 1] = "more not listed (the user list was truncated)"
  end
  return zd.manual(verdict.count(total, "active team member") .. " can see inbound messages ("
    .. (#parts > 0 and table.concat(parts, ", ") or "none") .. "): show the written authorisation "
    .. "that each may see every inbound message from every end user, reconciled with this list "
    .. "and dated.", ev)
end
