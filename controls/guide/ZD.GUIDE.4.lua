-- SPDX-License-Identifier: MIT
-- ZD.GUIDE.4: no community moderators who are not employees. The API shows only part of it
-- (users[].moderator, custom roles with moderate_forums; moderator groups are not exposed),
-- so the result is manual with that inventory, or not applicable when no community exists.
local guide = require "guide"
local verdict = require "verdict"
local shape = require "shape"

id = "ZD.GUIDE.4"
title = "No non-employee community moderators"
seed_ref = "II.4"
product = "Gather (moderator groups)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep the non-employee moderators and record, per moderator, that the subscriber "
  .. "accepts responsibility for their access to data that may be PHI."
automation = "partial"
description = "Every Gather community moderator is an employee of the subscriber, unless the "
  .. "subscriber accepts responsibility for the access of those who are not. Moderators see "
  .. "pending posts and comments, which may hold PHI."
evidence = "Users with the community-moderator flag (GET /api/v2/users: moderator = true), custom "
  .. "roles that may moderate (GET /api/v2/custom_roles: configuration.moderate_forums), and "
  .. "the members of each Guide moderator group (Guide admin only; no public API), each "
  .. "matched against the HR list of employees or an exception entry."
remediation = "In Guide admin > Settings > Moderator groups (per brand), remove everyone who is "
  .. "not an employee; in Admin Center > People, remove the moderator permission from those "
  .. "users; or record an exception for ZD.GUIDE.4 naming each external moderator."
question = "For every brand's community, export the members of each Guide moderator group (Guide "
  .. "admin > Settings > Moderator groups) and of the users and roles listed here, and confirm "
  .. "against the HR list that each one is an employee. Keep the reconciled list, signed and "
  .. "dated, or an exception entry for each non-employee."
-- users holds staff, end_users the end users (collected apart; docs/collect.md): moderators
-- may be either.
uses = { "brands", "hc_general_settings", "users", "end_users", "custom_roles" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  local brands, sure, bad = guide.brands(snap)
  if bad then return verdict.error(bad .. ".") end
  -- id and role (users), id and configuration (roles) are in every such object: without them
  -- an item is unusable, even where the community is off
  local person = { id = "id!", moderator = "boolean", active = "boolean", role = "string!",
                   email = "string", suspended = "boolean" }
  local shapes = { users = person, end_users = person,
                   custom_roles = { id = "id!", configuration = "object!",
                                    team_member_count = "integer" } }
  for _, key in ipairs({ "users", "end_users", "custom_roles" }) do
    bad = verdict.malformed(key, zd.items(snap, key))
    if bad then return verdict.error(bad .. ".") end
    bad = shape.list(zd.items(snap, key), key, shapes[key])
    if bad then return shape.error(bad) end
  end
  if sure and #brands == 0 then
    return zd.na("No brand has a help centre, so there is no community to moderate.",
      { { endpoint = "brands", field = "help_center_state",
          note = "no brand with a help centre" } })
  end
  local settings = guide.settings(snap)
  if sure and settings then
    local off, ev = 0, {}
    for _, b in ipairs(brands) do
      local prefs = settings[b.id]
      if prefs and zd.bool(prefs.community_enabled) == false then
        off = off + 1
        ev[#ev + 1] = guide.pref(b, prefs, "community_enabled", false)
      end
    end
    if off == #brands then
      return zd.na("The community is off on every help centre (community_enabled false), so "
        .. "there are no community moderators.", ev)
    end
  end

  local ev, notes, ends = {}, {}, 0
  local mods = 0
  local counts = {}   -- per list read: moderators in it; a list not read has no count
  for _, key in ipairs({ "users", "end_users" }) do
    local users = zd.items(snap, key)
    local before = mods
    if users == nil then
      notes[#notes + 1] = ((key == "users") and "staff" or "end users") .. " not read ("
        .. zd.state(key).reason .. ")"
    else
      for _, u in ipairs(users) do
        if zd.bool(u.moderator) == true and zd.bool(u.active) ~= false then
          mods = mods + 1
          local role = zd.str(u.role) or "?"
          local email = zd.str(u.email)
          local domain = email and email:match("@([^@%s]+)$")
          local note = "role " .. role .. (domain and (", email domain " .. domain) or "")
            .. ((zd.bool(u.suspended) == true) and ", suspended" or "")
          if role == "end-user" then
            ends = ends + 1
            note = note .. " (an end user, not staff)"
          end
          ev[#ev + 1] = { endpoint = key, object = { type = "user", id = zd.int(u.id) },
                          field = "moderator", actual = true, note = note }
        end
      end
      counts[#counts + 1] = (key == "users")
        and verdict.count(mods - before, "staff member")
        or verdict.count(mods - before, "end user")
    end
  end
  local roles, roles_note = zd.items(snap, "custom_roles"), nil
  local nroles = 0
  if roles == nil then
    roles_note = zd.state("custom_roles").reason
  else
    for _, r in ipairs(roles) do
      if zd.bool(zd.get(r, "configuration.moderate_forums")) == true then
        nroles = nroles + 1
        ev[#ev + 1] = { endpoint = "custom_roles", object = { type = "custom_role",
                        id = zd.int(r.id), title = zd.str(r.name) },
                        field = "configuration.moderate_forums", actual = true,
                        note = "members: " .. tostring(zd.int(r.team_member_count) or "?") }
      end
    end
  end
  local parts = {}
  if #counts > 0 then
    parts[#parts + 1] = table.concat(counts, " and ") .. " with the moderator flag"
  end
  for _, n in ipairs(notes) do parts[#parts + 1] = n end
  if roles_note then
    parts[#parts + 1] = roles_note
  else
    parts[#parts + 1] = verdict.count(nroles, "custom role") .. " with moderate_forums"
  end
  return zd.manual("Moderator groups are not exposed by the API; found "
    .. table.concat(parts, ", ") .. ". Confirm each moderator is an employee, or record an exception for those who are not.",
    ev)
end
