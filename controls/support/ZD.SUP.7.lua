-- SPDX-License-Identifier: MIT
-- ZD.SUP.7: Keep default ticket-visibility limits.
-- Check: widened ticket visibility: custom roles with ticket_access "all" (with members),
--   organizations sharing tickets or comments, end users restricted to "organization".

id = "ZD.SUP.7"
title = "Keep default ticket-visibility limits"
seed_ref = "I.7 (revised 2021-01-21, 2023-02-24, 2024-03-07)"
product = "Support (roles, organisations, end-user access)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Widen ticket visibility only for users the subscriber has approved to see all the data "
  .. "that becomes visible, and keep those approvals."
automation = "partial"
description = "The subscriber should not: widen viewing permissions so that users see updates across "
  .. "the whole instance, brand or organisation, or change the default settings that limit a "
  .. "user to their own tickets or groups. The exception is users the subscriber has already "
  .. "approved to see all the data that becomes visible as a result. End-user organisation "
  .. "access can be set both on the user's profile and on the organisation itself. Where the "
  .. "two conflict, the more permissive setting wins, so both must be checked."
evidence = "Custom roles: configuration.ticket_access (flag all where it broadens access beyond "
  .. "groups or assigned tickets), view_access, user_view_access, end_user_profile_access. "
  .. "Organizations: shared_tickets and shared_comments. Users: ticket_restriction (requested,"
  .. " organization, groups, assigned). Flag broadened values. Approval records for flagged "
  .. "users."
remediation = "Keep custom roles (Admin Center > People > Team > Roles) to \"tickets in agent's "
  .. "groups\" or \"assigned tickets\" unless every holder is approved for all tickets; turn "
  .. "off shared tickets/comments on organizations (People > Organizations) and end users' "
  .. "\"can view tickets from their org\" unless approved; record the approvals."
  .. " Or, as the baseline allows: widen ticket visibility only for users the subscriber has "
  .. "approved to see all the data that becomes visible, and keep those approvals."
question = "In Admin Center > People > Team > Roles, confirm no role with members may access all "
  .. "tickets unless every holder is approved to see all of them; for each organization (Support > "
  .. "Organizations), confirm users see only their own tickets (shared tickets and comments off); "
  .. "and confirm end-user profiles are set to their own tickets only. Keep the role and "
  .. "organization settings and the approval records for every exception."

-- check --
uses = { "custom_roles", "organizations", "users" }

local data = require "data"

function check(snap, ctx)
  -- unknown: what could not be checked; refused marks a source that failed or was truncated
  -- (error) rather than one skipped on purpose (manual).
  local ev, found, unknown, refused = {}, {}, {}, false
  local function missing(key, what)
    local st = zd.state(key)
    unknown[#unknown + 1] = what .. " (" .. st.reason .. ")"
    if st.outcome ~= "skipped" then refused = true end
  end
  -- custom roles
  local roles = zd.items(snap, "custom_roles")
  if roles == nil then
    local st = zd.state("custom_roles")
    if st.http_status == 404 then
      ev[#ev + 1] = { endpoint = "custom_roles", note = "no custom roles on this plan (HTTP 404)" }
    elseif st.http_status == 403 then
      -- Custom roles are an Enterprise feature: a 403 usually means the plan lacks them, but
      -- may be a missing permission, so a person checks the roles (manual, not error).
      unknown[#unknown + 1] = "custom roles (HTTP 403: the plan may not include custom roles, "
        .. "or the token may lack the permission; check Admin Center > People > Team > Roles)"
    else
      missing("custom_roles", "custom roles")
    end
  else
    for _, r in ipairs(roles) do
      local access = zd.str(zd.get(r, "configuration.ticket_access"))
      local members = zd.int(zd.get(r, "team_member_count"))
      if access == "all" and (members == nil or members > 0) then
        found[#found + 1] = "custom role \"" .. (zd.str(zd.get(r, "name")) or "?") .. "\" sees all tickets ("
          .. (members and (members .. " member(s)") or "members unknown") .. ")"
        ev[#ev + 1] = { endpoint = "custom_roles", object = data.object("custom_role", r),
                        path = "configuration.ticket_access", actual = "all",
                        expected = "within-groups, assigned-only or within-organization" }
      end
    end
  end
  -- organizations
  local orgs = zd.items(snap, "organizations")
  if orgs == nil then
    missing("organizations", "organizations")
  else
    if data.truncated("organizations") then
      unknown[#unknown + 1] = "organizations (list truncated)"
      refused = true
    end
    for _, o in ipairs(orgs) do
      local shared = {}
      for _, f in ipairs({ "shared_tickets", "shared_comments" }) do
        if zd.bool(zd.get(o, f)) == true and not zd.excepted("organizations", o) then
          shared[#shared + 1] = f
          ev[#ev + 1] = { endpoint = "organizations", object = data.object("organization", o), field = f,
                          actual = true, expected = false }
        end
      end
      if #shared > 0 then
        found[#found + 1] = "organization \"" .. (zd.str(zd.get(o, "name")) or "?") .. "\" has "
          .. table.concat(shared, " and ")
      end
    end
  end
  -- end users who see their organization's tickets
  local users = zd.items(snap, "users")
  if users == nil then
    missing("users", "users")
  else
    if data.truncated("users") then
      unknown[#unknown + 1] = "users (list truncated)"
      refused = true
    end
    local n = 0
    for _, u in ipairs(users) do
      if zd.str(zd.get(u, "role")) == "end-user" and zd.str(zd.get(u, "ticket_restriction")) == "organization"
         and not zd.excepted("users", u) then
        n = n + 1
        if n <= 20 then
          ev[#ev + 1] = { endpoint = "users", object = { type = "user", id = zd.get(u, "id") },
                          field = "ticket_restriction", actual = "organization", expected = "requested" }
        end
      end
    end
    if n > 0 then
      found[#found + 1] = n .. " end user(s) can see their organization's tickets (ticket_restriction organization)"
    end
  end
  if #found > 0 then
    return zd.fail("Ticket visibility is widened beyond the defaults: " .. table.concat(found, "; ")
      .. ". Keep it only for users approved to see all that data, and record the approvals.", ev)
  end
  if #unknown > 0 then
    return (refused and zd.error or zd.manual)("No widened visibility in what was "
      .. "read, but these could not be checked: " .. table.concat(unknown, "; ") .. ".", ev)
  end
  return zd.pass("Custom roles, organizations and end users keep the default ticket-visibility limits.", ev)
end
