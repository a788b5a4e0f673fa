-- SPDX-License-Identifier: MIT
-- ZD.SUP.1.2: External SSO with a strong IdP policy and IdP-enforced 2FA.
-- Check: the Zendesk side from security_settings (SSO on for agents, admins cannot set
--   passwords, Microsoft tenant restricted, an active agent SSO configuration); the IdP side is
--   always for a person, so the best outcome is manual. No SSO for agents: not applicable.

id = "ZD.SUP.1.2"
title = "External SSO with a strong IdP policy and IdP-enforced 2FA"
seed_ref = "I.1.b"
product = "Support / Admin Center security, and the subscriber's IdP"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "If agents sign in through an external single sign-on provider: The provider's credential"
  .. " requirements must be at least as strict as Zendesk's \"Recommended\" password level; "
  .. "Two-factor authentication must be enabled and enforced in that provider for all agent "
  .. "access; Admins must not be able to set end-user passwords; Google or Microsoft social "
  .. "SSO qualifies only if the subscriber's own tenant enforces these rules. For Microsoft, "
  .. "tenant restriction should be on."
evidence = "Zendesk side: authentication.agent.remote_login = true (or the Google or Microsoft login"
  .. " flag, with office_365_enforce_tid = true), and admins_can_set_user_passwords = false. "
  .. "IdP side, supplied by the subscriber: a policy export showing the password rules and MFA"
  .. " enforcement for the Zendesk application."
remediation = "Configure SSO in Admin Center > Account > Security > Team member authentication > "
  .. "External authentication; in the IdP, apply a password policy no weaker than Zendesk's "
  .. "Recommended level and enforce MFA for the Zendesk application (for Microsoft, restrict "
  .. "to the subscriber's tenant); turn off \"Allow admins to set passwords\"; keep the IdP "
  .. "policy export."
question = "In Admin Center > Account > Security > Team member authentication, confirm which SSO "
  .. "team members use (enterprise SAML, JWT or OIDC; Google; Microsoft restricted to the "
  .. "subscriber's tenant) and that admins cannot set passwords; in the identity provider, confirm "
  .. "the password policy is at least as strict as Zendesk's Recommended level and MFA is enforced "
  .. "on every agent sign-in to Zendesk. Keep the IdP's dated policy and MFA export for the "
  .. "Zendesk application."

-- check --
requires = { "security_settings" }
uses = { "remote_authentications" }

local auth = require "auth"
local shape = require "shape"

local EP, BASE = auth.EP, auth.BASE

-- active_agent_configs(snap) -> count of active enterprise SSO configurations for agents, or nil.
local function active_agent_configs(snap)
  local list = zd.items(snap, "remote_authentications")
  if list == nil then
    return nil
  end
  local n = 0
  for _, r in ipairs(list) do
    if zd.bool(zd.get(r, "is_active")) == true and zd.bool(zd.get(r, "agent")) == true then
      n = n + 1
    end
  end
  return n
end

function check(snap, ctx)
  local bad = shape.list(zd.items(snap, "remote_authentications"), "remote_authentications",
    { id = "id!", is_active = "boolean!", agent = "boolean", type = "string" })
  if bad then return shape.error(bad) end
  local a, res = auth.read(snap)
  if a == nil then
    return res
  end
  local no_sso = auth.without_sso(a, "; the native method (ZD.SUP.1.1) applies.")
  if no_sso then
    return no_sso
  end
  local fails, notes = {}, {}
  local ev = {
    { endpoint = EP, path = BASE .. "remote_login", actual = auth.shown(a.remote) },
    { endpoint = EP, path = BASE .. "google_login", actual = auth.shown(a.google) },
    { endpoint = EP, path = BASE .. "office_365_login", actual = auth.shown(a.office365) },
  }
  local admins = auth.admins_set(a, ev)
  if admins then
    fails[#fails + 1] = admins
  elseif a.admins_set_passwords == nil then
    return zd.error("admins_can_set_user_passwords is absent or not a boolean.", {})
  end
  if a.office365 then
    ev[#ev + 1] = { endpoint = EP, path = BASE .. "office_365_enforce_tid",
                    actual = auth.shown(a.office365_enforce_tid), expected = true }
    if a.office365_enforce_tid ~= true then
      fails[#fails + 1] = "Microsoft sign-in accepts any tenant (office_365_enforce_tid not true)"
    end
  end
  if a.google then
    notes[#notes + 1] = "Google sign-in qualifies only if the subscriber's own Google Workspace "
      .. "enforces the password and 2FA rules"
  end
  if a.remote then
    local n = active_agent_configs(snap)
    if n == nil then
      notes[#notes + 1] = "enterprise SSO configurations could not be read ("
        .. zd.state("remote_authentications").reason .. ")"
    elseif n == 0 then
      fails[#fails + 1] = "remote_login is on but no active enterprise SSO configuration serves "
        .. "team members (remote_authentications)"
    else
      ev[#ev + 1] = { endpoint = "remote_authentications", field = "is_active, agent",
                      actual = n .. " active configuration(s) for team members" }
    end
  end
  local tail = #notes > 0 and (" Note: " .. table.concat(notes, "; ") .. ".") or ""
  if #fails > 0 then
    return zd.fail("The Zendesk side of the SSO method falls short: " .. table.concat(fails, "; ")
      .. "." .. tail, ev)
  end
  return zd.manual("Zendesk side correct: team members sign in through " .. auth.sso_methods(a)
    .. " and admins cannot set passwords. The identity provider side cannot be read: confirm "
    .. "that its password policy is at least as strict as Zendesk's Recommended level and that "
    .. "it enforces 2FA for all agent access, and keep the IdP policy export." .. tail, ev)
end
