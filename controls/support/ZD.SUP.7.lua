-- SPDX-License-Identifier: MIT
-- ZD.SUP.7: Keep default ticket-visibility limits.
-- Check: widened ticket visibility: custom roles with ticket_access "all" (with members),
--   organizations sharing tickets or comments, end users restricted to "organization".
--   Zendesk's system roles (role_type 1-5, e.g. the built-in Admin role with ticket_access
--   "all") are the product's defaults, not a widening: their members are listed instead.

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
-- users holds staff only (collected with role[]=agent&role[]=admin); end users come from
-- end_users (docs/collect.md).
uses = { "custom_roles", "organizations", "end_users", "users" }

local data = require "data"
local roles = require "roles"
local verdict = require "verdict"

function check(snap, ctx)
  -- unknown: what could not be checked; refused marks a source that failed, was truncated or
  -- held unreadable items (error) rather than one skipped on purpose (manual).
  local ev, found, unknown, refused = {}, {}, {}, false
  local function missing(key, what)
    local st = zd.state(key)
    unknown[#unknown + 1] = what .. " (" .. st.reason .. ")"
    if st.outcome ~= "skipped" then refused = true end
  end
  local function unreadable(what)
    unknown[#unknown + 1] = what
    refused = true
  end
  -- custom roles (and Zendesk's system roles, listed beside them)
  local list = zd.items(snap, "custom_roles")
  local admins_by_role = {}
  if list == nil then
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
  elseif verdict.malformed("custom_roles", list) then
    unreadable(verdict.malformed("custom_roles", list))
  else
    for _, r in ipairs(list) do
      local kind, rtype = roles.kind(r)
      local access = zd.get(r, "configuration.ticket_access")
      local members = zd.int(zd.get(r, "team_member_count"))
      local name = zd.str(r.name) or "?"
      if kind == nil then
        unreadable("custom role \"" .. name .. "\" has an unknown role_type (" .. tostring(rtype
          or zd.type(r.role_type)) .. ")")
      elseif kind == "system" then
        -- Zendesk's own role: its visibility is the product's default, not a widening.
        if roles.privileged(rtype) then
          admins_by_role[#admins_by_role + 1] = roles.label(r, rtype) .. ", "
            .. (members and verdict.count(members, "member") or "members unknown")
        end
        ev[#ev + 1] = { endpoint = "custom_roles", object = data.object("custom_role", r),
                        path = "configuration.ticket_access", actual = access,
                        note = roles.label(r, rtype) .. ": Zendesk's default, not a widening; "
                          .. "review its " .. tostring(members or "?") .. " member(s) in the "
                          .. "access review" }
      elseif zd.str(access) == nil then
        unreadable("custom role \"" .. name .. "\" has no readable configuration.ticket_access")
      elseif zd.str(access) == "all" and (members == nil or members > 0) then
        found[#found + 1] = "custom role \"" .. name .. "\" sees all tickets ("
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
  elseif verdict.malformed("organizations", orgs) then
    unreadable(verdict.malformed("organizations", orgs))
  else
    if data.truncated("organizations") then
      unreadable("organizations (list truncated)")
    end
    local odd = 0
    for _, o in ipairs(orgs) do
      local shared = {}
      for _, f in ipairs({ "shared_tickets", "shared_comments" }) do
        local b = zd.bool(zd.get(o, f))
        if b == true and zd.excepted("organizations", o) then
          b = false
        elseif b == true then
          shared[#shared + 1] = f
          ev[#ev + 1] = { endpoint = "organizations", object = data.object("organization", o),
                          field = f, actual = true, expected = false }
        elseif b == nil then
          odd = odd + 1
        end
      end
      if #shared > 0 then
        found[#found + 1] = "organization \"" .. (zd.str(zd.get(o, "name")) or "?") .. "\" has "
          .. table.concat(shared, " and ")
      end
    end
    if odd > 0 then
      unreadable(verdict.count(odd, "shared_tickets/shared_comments value") .. " of organizations "
        .. "missing or not a boolean")
    end
  end
  -- end users who see their organization's tickets
  local users = zd.items(snap, "end_users")
  if users == nil then
    missing("end_users", "end users")
  elseif verdict.malformed("end_users", users) then
    unreadable(verdict.malformed("end_users", users))
  else
    if data.truncated("end_users") then
      unreadable("end users (list truncated)")
    end
    local n, odd = 0, 0
    for _, u in ipairs(users) do
      local tr = zd.get(u, "ticket_restriction")
      if tr ~= nil and zd.str(tr) == nil then
        odd = odd + 1
      elseif zd.str(tr) == "organization" and not zd.excepted("users", u) then
        n = n + 1
        if n <= 20 then
          ev[#ev + 1] = { endpoint = "end_users", object = { type = "user", id = zd.get(u, "id") },
                          field = "ticket_restriction", actual = "organization",
                          expected = "requested" }
        end
      end
    end
    if n > 0 then
      found[#found + 1] = n .. " end user(s) can see their organization's tickets "
        .. "(ticket_restriction organization)"
    end
    if odd > 0 then
      unreadable(verdict.count(odd, "end user") .. " with a ticket_restriction that is not a "
        .. "string")
    end
  end
  -- admins and billing admins, who see every ticket by role: listed for the access review
  local staff = zd.items(snap, "users")
  local admins = 0
  if staff ~= nil then
    if verdict.malformed("users", staff) then
      unreadable(verdict.malformed("users", staff))
    else
      local active = data.active(snap)
      local staff_roles = active.roles
      for i, u in ipairs(active.users) do
        if staff_roles[i] == "admin" then
          admins = admins + 1
          if admins <= 20 then
            local _, t = roles.kind({ role_type = zd.get(u, "role_type") })
            ev[#ev + 1] = { endpoint = "users", object = data.object("user", u), field = "role",
                            actual = "admin", note = ((t == 5) and "billing admin" or "admin")
                              .. ": sees all tickets by role; keep in the access review" }
          end
        end
      end
    end
  end
  local review = ""
  if admins > 0 or #admins_by_role > 0 then
    review = " Admins see all tickets by role (" .. ((admins > 0)
      and verdict.count(admins, "active admin") or verdict.list(admins_by_role))
      .. "): keep them in the access review (ZD.GEN.11.1)."
  end
  if #found > 0 then
    return zd.fail("Ticket visibility is widened beyond the defaults: " .. table.concat(found, "; ")
      .. ". Keep it only for users approved to see all that data, and record the approvals."
      .. review, ev)
  end
  if #unknown > 0 then
    return (refused and zd.error or zd.manual)("No widened visibility in what was "
      .. "read, but these could not be checked: " .. table.concat(unknown, "; ") .. "." .. review,
      ev)
  end
  return zd.pass("Custom roles, organizations and end users keep the default ticket-visibility "
    .. "limits." .. review, ev)
end
