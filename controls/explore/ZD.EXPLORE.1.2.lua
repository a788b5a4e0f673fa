-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.1.2: least privilege inside Explore. Fails on each custom role with members
-- whose explore_access (or legacy report_access) is above explore_max_access (default
-- "readonly", i.e. viewer); raise the parameter to record a justified higher level.
-- Zendesk's admin and billing admin system roles (roles.lua) are full Explore admins by
-- design and cannot be edited: listed for the access review, not failed.
local explore = require "explore"
local verdict = require "verdict"
local rolekind = require "roles"

id = "ZD.EXPLORE.1.2"
title = "Least privilege inside Explore"
seed_ref = "VI.1(ii)"
product = "Explore (permissions)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Each user gets the lowest Explore permission that lets them use Explore in the "
  .. "account, for example viewer rather than editor or admin."
evidence = "GET /api/v2/custom_roles: configuration.explore_access and report_access of every role "
  .. "with members, at most the parameter explore_max_access (none, readonly, edit or full; "
  .. "default readonly). A higher parameter value is the recorded justification for edit or "
  .. "admin levels. active_features.explore = false makes the control not applicable."
remediation = "In Admin Center > People > Team > Roles, lower each role's Explore permission to "
  .. "\"View only\" unless its members build reports; if some must edit, keep them in a "
  .. "dedicated role and record the justification (set explore_max_access in zdaudit.yaml)."
question = "List each agent's Explore permission (Admin Center > People > Team > Roles) and the "
  .. "justification for every editor or admin. Keep the role export and the justifications."
uses = { "custom_roles", "account_settings" }
params = { "explore_max_access" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/ticketing/account-configuration/custom_roles/" }

function check(snap, ctx)
  local max_name = zd.str(ctx.params.explore_max_access)
  local max = max_name and explore.LEVEL[max_name]
  if max == nil then
    return verdict.error("Parameter explore_max_access must be none, readonly, edit or full (got "
      .. tostring(ctx.params.explore_max_access) .. ").")
  end
  local roles, res = explore.roles(snap)
  if roles == nil then return res end
  local ev, bad, unknown, admins = {}, {}, {}, {}
  for _, role in ipairs(roles) do
    local kind, rtype = rolekind.kind(role)
    local e, r, odd = explore.access(role)
    local level = explore.level(e, r)
    local members = zd.int(role.team_member_count)
    local name = zd.str(role.name) or tostring(zd.int(role.id))
    if kind == nil then
      unknown[#unknown + 1] = "'" .. name .. "' (role_type " .. tostring(role.role_type) .. ")"
    elseif odd then
      unknown[#unknown + 1] = "'" .. name .. "'"
    end
    if kind ~= nil and level > max then
      local item = { endpoint = "custom_roles", object = explore.object(role),
                     field = "configuration.explore_access", actual = e,
                     expected = "at most " .. max_name,
                     note = "report_access " .. tostring(r) .. ", members "
                       .. tostring(members or "?") }
      if kind == "system" and rolekind.privileged(rtype) then
        -- Zendesk's Admin and billing admin roles cannot be changed: admins are Explore admins
        -- by design, so the review is of who holds the role, not of the role.
        item.expected = nil
        item.note = item.note .. " (" .. rolekind.label(role, rtype) .. ": full access by "
          .. "design, not editable; review its members)"
        if members ~= 0 then
          admins[#admins + 1] = "'" .. name .. "' (" .. tostring(members or "?") .. " member(s))"
        end
      elseif members == 0 then
        item.note = item.note .. " (no members, not counted)"
      else
        bad[#bad + 1] = "'" .. name .. "' (explore_access " .. tostring(e) .. ", report_access "
          .. tostring(r) .. ")"
      end
      ev[#ev + 1] = item
    end
  end
  local found = explore.findings(bad, unknown,
    "more than " .. max_name .. " in Explore or reporting",
    "an unreadable or unknown explore_access, report_access or role_type", ev)
  if found then return found end
  local admin_note = (#admins > 0) and ("; Zendesk's admin roles have full Explore access by "
    .. "design (" .. verdict.list(admins) .. "): list their members in the access review") or ""
  return zd.pass("No role with members grants more than " .. max_name .. " in Explore or "
    .. "reporting (" .. verdict.count(#roles, "role") .. " checked" .. admin_note .. ").", ev)
end
