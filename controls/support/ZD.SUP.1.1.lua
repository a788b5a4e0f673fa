-- SPDX-License-Identifier: MIT
-- ZD.SUP.1.1: Native sign-in: "Recommended" password level (or stricter), enforced 2FA, no admin-set passwords.
-- Check: security_settings decides it: password level (custom compared field by field with
--   Recommended, lib/password_policy.lua), two_factor_enforce, admins_can_set_user_passwords.

id = "ZD.SUP.1.1"
title = "Native sign-in: \"Recommended\" password level (or stricter), enforced 2FA, no admin-set"
  .. " passwords"
seed_ref = "I.1.a"
product = "Support / Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "If agents sign in with Zendesk passwords, three things must hold. (1) The team-member "
  .. "password security level is \"Recommended\", or a custom policy at least as strict as "
  .. "\"Recommended\" on every dimension: minimum length, number and symbol complexity, mixed "
  .. "case, password history, lockout threshold, maximum character sequence, resemblance to "
  .. "the email address, and expiry. (2) Two-factor authentication is enabled and enforced "
  .. "natively in Zendesk for agents. (3) The administrative option that lets admins set "
  .. "end-user passwords is switched off. A custom policy equal to Recommended is acceptable "
  .. "(the English source says \"not less secure than\"); older versions of the article named "
  .. "\"High\" instead of \"Recommended\"."
evidence = "From GET /api/v2/security_settings: authentication.agent.security_policy_name = "
  .. "recommended (id 350); or custom (id 400) with every authentication.agent.password.* "
  .. "field at least as strict as the Recommended level's published values. zdaudit holds "
  .. "those values as data; authentication.agent.two_factor_enforce = true; "
  .. "admins_can_set_user_passwords = false; optionally, cross-check users' "
  .. "two_factor_auth_enabled to catch agents not yet enrolled (only false means not enrolled; "
  .. "live list replies carry null, which zdaudit reports as not reported)."
remediation = "In Admin Center > Account > Security > Team member authentication > Zendesk "
  .. "authentication, set the password security level to Recommended (or a custom policy no "
  .. "weaker on any field), turn on \"Require two-factor authentication\", and in Advanced "
  .. "turn off \"Allow admins to set passwords\"."
question = "In Admin Center > Account > Security > Team member authentication > Zendesk "
  .. "authentication, confirm the password security level is Recommended, or a custom policy no "
  .. "weaker on any field (at least 12 characters; numbers, symbols and mixed case; lockout after "
  .. "at most 5 attempts; must not resemble the email address), and that two-factor authentication "
  .. "is required; in Security > Advanced, confirm admins cannot set passwords. Keep dated "
  .. "screenshots of both pages."

-- check --
requires = { "security_settings" }
uses = { "users" }

local auth = require "auth"
local policy = require "password_policy"
local data = require "data"

local EP, BASE = auth.EP, auth.BASE

-- 2FA enrolment of active agents and admins, supporting evidence only: counts of staff with
-- users.two_factor_auth_enabled false (not enrolled), true, and not reported (null or absent),
-- or nil when users were not read. Only false means "not enrolled": every staff record in
-- the list replies recorded from live accounts in 2023-2024 has null (zenpy and salto
-- recordings, ../shared/zendesk-api/samples/SOURCES.md), while an older fixture
-- (go-zendesk) shows booleans; Zendesk documents no request that fills it reliably, so
-- zdaudit reads the list only and says when the API did not report enrolment.
local function enrolment(snap)
  local users = zd.items(snap, "users")
  if users == nil then
    return nil
  end
  local c = { off = 0, on = 0, unreported = 0 }
  for _, u in ipairs(data.active(snap).users) do
    local b = zd.bool(zd.get(u, "two_factor_auth_enabled"))
    if b == false then c.off = c.off + 1
    elseif b == true then c.on = c.on + 1
    else c.unreported = c.unreported + 1 end
  end
  return c
end

-- A sentence on enrolment for the evidence note, or nil.
local function enrolment_note(c)
  if c == nil then return nil end
  local parts = {}
  if c.off > 0 then
    parts[#parts + 1] = c.off .. " active agent(s)/admin(s) not enrolled in 2FA "
      .. "(two_factor_auth_enabled false)"
  end
  if c.on > 0 then
    parts[#parts + 1] = c.on .. " enrolled"
  end
  if c.unreported > 0 then
    parts[#parts + 1] = "enrolment not reported by the API for " .. c.unreported
      .. " active agent(s)/admin(s) (two_factor_auth_enabled null)"
  end
  return (#parts > 0) and table.concat(parts, "; ") or nil
end

function check(snap, ctx)
  local a, res = auth.read(snap)
  if a == nil then
    return res
  end
  if a.native == false and a.sso then
    return zd.na("Zendesk password sign-in is off for team members (zendesk_login false; SSO: "
      .. auth.sso_methods(a) .. "), so the native method does not apply; see ZD.SUP.1.2 and "
      .. "ZD.SUP.1.3.", { { endpoint = EP, path = BASE .. "zendesk_login", actual = false } })
  end
  local fails, unknowns, ev = {}, {}, {}

  -- 1. password level
  local name = a.policy_name or (a.policy_id and policy.levels[a.policy_id])
  if name == "recommended" then
    ev[#ev + 1] = { endpoint = EP, path = BASE .. "security_policy_name", actual = "recommended",
                    expected = "recommended, or custom at least as strict" }
  elseif name == "custom" then
    if zd.type(a.password) ~= "object" then
      unknowns[#unknowns + 1] = "the custom password policy (authentication.agent.password) is missing"
    else
      local weaker, unknown, info = policy.compare(a.password)
      for _, w in ipairs(weaker) do
        fails[#fails + 1] = "custom password policy " .. w.field .. " = " .. tostring(w.actual)
          .. " is weaker than Recommended (" .. w.expected .. ")"
        ev[#ev + 1] = { endpoint = EP, path = BASE .. "password." .. w.field, actual = w.actual,
                        expected = w.expected, note = policy.source }
      end
      for _, u in ipairs(unknown) do
        unknowns[#unknowns + 1] = "custom password policy field " .. u.field .. " is " .. tostring(u.actual)
        ev[#ev + 1] = { endpoint = EP, path = BASE .. "password." .. u.field, actual = u.actual,
                        expected = u.expected }
      end
      for _, i in ipairs(info) do
        ev[#ev + 1] = { endpoint = EP, path = BASE .. "password." .. i.field, actual = i.actual,
                        note = i.expected }
      end
      if #weaker == 0 and #unknown == 0 then
        ev[#ev + 1] = { endpoint = EP, path = BASE .. "security_policy_name", actual = "custom",
                        note = "custom policy at least as strict as Recommended on every field" }
      end
    end
  elseif name == "low" or name == "medium" or name == "high" then
    fails[#fails + 1] = "the team-member password level is '" .. name .. "', below Recommended"
    ev[#ev + 1] = { endpoint = EP, path = BASE .. "security_policy_name", actual = name,
                    expected = "recommended, or custom at least as strict" }
  else
    return zd.error("security_settings authentication.agent has no known password level "
      .. "(security_policy_name " .. tostring(a.policy_name) .. ", security_policy_id "
      .. tostring(a.policy_id) .. ").", {})
  end

  -- 2. two-factor authentication enforced
  if a.two_factor == true then
    ev[#ev + 1] = { endpoint = EP, path = BASE .. "two_factor_enforce", actual = true, expected = true }
  else
    local c = enrolment(snap)
    local note = enrolment_note(c)
    ev[#ev + 1] = { endpoint = EP, path = BASE .. "two_factor_enforce",
                    actual = auth.shown(a.two_factor), expected = true, note = note }
    if a.two_factor == false then
      local who = ""
      if c and c.off > 0 then
        who = " (" .. c.off .. " active agent(s)/admin(s) not enrolled)"
      elseif c and c.unreported > 0 then
        who = " (2FA enrolment of team members was not reported by the API: check it in "
          .. "Admin Center > People > Team > Team members)"
      end
      fails[#fails + 1] = "two-factor authentication is not enforced for team members "
        .. "(two_factor_enforce false)" .. who
    else
      unknowns[#unknowns + 1] = "the API does not say whether 2FA is enforced (two_factor_enforce absent)"
    end
  end

  -- 3. admins cannot set passwords
  local admins = auth.admins_set(a, ev)
  if admins then
    fails[#fails + 1] = admins
  elseif a.admins_set_passwords == nil then
    unknowns[#unknowns + 1] = "admins_can_set_user_passwords is absent or not a boolean"
  end

  if #fails > 0 then
    return zd.fail("Native sign-in falls short: " .. table.concat(fails, "; ") .. ".", ev)
  end
  if #unknowns > 0 then
    return zd.manual("Could not decide from the API: " .. table.concat(unknowns, "; ")
      .. ". Confirm in Admin Center > Account > Security > Team member authentication and keep "
      .. "a screenshot.", ev)
  end
  return zd.pass("Team members sign in with the " .. name .. " password level, enforced 2FA, "
    .. "and admins cannot set passwords.", ev)
end
