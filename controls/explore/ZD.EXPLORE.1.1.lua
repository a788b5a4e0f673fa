-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.1.1: only agents who already see every ticket get Explore. Fails on each custom
-- role with members that grants Explore (or legacy reporting) access without ticket_access
-- "all"; not applicable when Explore is off; plans without custom roles => manual.
-- Zendesk's system roles (roles.lua) count like any other; admins and billing admins among
-- them are the privileged staff the details count for the access review.
local explore = require "explore"
local verdict = require "verdict"
local rolekind = require "roles"

id = "ZD.EXPLORE.1.1"
title = "Explore only for agents who can already see all PHI-bearing records"
seed_ref = "VI.1(i)"
product = "Explore (access)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "In an account that holds PHI, only agents who already have access to every ticket, "
  .. "call and chat that may contain PHI get Explore access, since Explore reports span all "
  .. "tickets regardless of the agent's ticket restrictions."
evidence = "GET /api/v2/custom_roles: every role with members whose configuration.explore_access "
  .. "(or report_access) is not none has configuration.ticket_access = all. "
  .. "active_features.explore = false (GET /api/v2/account/settings) makes the control not "
  .. "applicable. Talk and Chat visibility of those agents: a person confirms."
remediation = "In Admin Center > People > Team > Roles, set Explore access to \"No access\" for "
  .. "every role whose ticket access is not \"All tickets\", or move the agents who need "
  .. "Explore to a role with access to all tickets that is approved for all PHI."
question = "List the agents with Explore access (Admin Center > People > Team > Roles, Explore "
  .. "column) and confirm each can already see every ticket, call and chat. Keep the role "
  .. "export and the approval."
uses = { "custom_roles", "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/ticketing/account-configuration/custom_roles/" }

function check(snap, ctx)
  local roles, res = explore.roles(snap)
  if roles == nil then return res end
  local ev, bad, unknown, with_access, idle, admins = {}, {}, {}, 0, 0, 0
  local admins_unknown = false
  for _, role in ipairs(roles) do
    local kind, rtype = rolekind.kind(role)
    local e, r, odd = explore.access(role)
    local level = explore.level(e, r)
    local ta = zd.str(zd.get(role, "configuration.ticket_access"))
    local members = zd.int(role.team_member_count)
    local name = zd.str(role.name) or tostring(zd.int(role.id))
    local system = (kind == "system") and (" (" .. rolekind.label(role, rtype) .. ")") or ""
    if kind == nil then
      unknown[#unknown + 1] = "'" .. name .. "' (role_type " .. tostring(role.role_type) .. ")"
    elseif odd and level == 0 then
      unknown[#unknown + 1] = "'" .. name .. "'"
    elseif level > 0 then
      if members == 0 then idle = idle + 1 else with_access = with_access + 1 end
      if kind == "system" and rolekind.privileged(rtype) then
        if members == nil then admins_unknown = true else admins = admins + members end
      end
      local item = { endpoint = "custom_roles", object = explore.object(role),
                     field = "configuration.ticket_access", actual = ta, expected = "all",
                     note = "explore_access " .. tostring(e) .. ", report_access " .. tostring(r)
                       .. ", members " .. tostring(members or "?") .. system }
      if ta == nil then
        unknown[#unknown + 1] = "'" .. name .. "'"
      elseif ta ~= "all" then
        if members == 0 then
          item.note = item.note .. " (no members, not counted)"
        else
          bad[#bad + 1] = "'" .. name .. "' (ticket_access " .. ta .. system .. ")"
        end
      end
      ev[#ev + 1] = item
    end
  end
  local found = explore.findings(bad, unknown,
    "Explore or reporting access without access to all tickets",
    "no readable explore_access, report_access, ticket_access or role_type", ev)
  if found then return found end
  local idle_note = (idle > 0) and (" (" .. verdict.count(idle, "role") .. " without members "
    .. "not counted)") or ""
  local admin_note = ""
  if admins_unknown then
    admin_note = "; Zendesk's admin roles among them (member count not reported): keep their "
      .. "members in the access review"
  elseif admins > 0 then
    admin_note = "; " .. verdict.count(admins, "admin") .. " and billing admins among them, by "
      .. "Zendesk's system roles: keep them in the access review"
  end
  if with_access == 0 then
    return zd.pass("No role with members grants Explore or reporting access" .. idle_note .. ".",
      ev)
  end
  return zd.pass("Every role with members that grants Explore or reporting access ("
    .. with_access .. ") has ticket_access all" .. idle_note .. admin_note .. ".", ev)
end
