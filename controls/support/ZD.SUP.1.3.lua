-- SPDX-License-Identifier: MIT
-- ZD.SUP.1.3: Password sign-in is disabled when SSO is used.
-- Check: when agents use SSO, security_settings must show enforce_sso true and zendesk_login
--   false; remote_bypass (owner or admins) is reported. No SSO for agents: not applicable.

id = "ZD.SUP.1.3"
title = "Password sign-in is disabled when SSO is used"
seed_ref = "I.1.c"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "When SSO is the agents' authentication method, Zendesk password sign-in must be turned "
  .. "off for agents, so a local password cannot bypass SSO. Related point the seed does not "
  .. "mention: the SSO-outage bypass (a one-time sign-in link). Restricting it to the account "
  .. "owner is the tighter choice."
evidence = "Authentication.agent.enforce_sso = true and authentication.agent.zendesk_login = false. "
  .. "Report remote_bypass / remote_bypass_name (owner vs admins) for information."
remediation = "In Admin Center > Account > Security > Team member authentication, turn off Zendesk "
  .. "authentication for team members once SSO works, and restrict the SSO bypass to the "
  .. "account owner."
question = "In Admin Center > Account > Security > Team member authentication, confirm Zendesk "
  .. "authentication is off for team members while SSO is on, so a Zendesk password cannot bypass "
  .. "SSO, and note who may use the SSO bypass (the owner only is tighter). Keep a dated "
  .. "screenshot."
uses = { "security_settings" }

-- check --
requires = { "security_settings" }

local auth = require "auth"

local EP, BASE = auth.EP, auth.BASE

function check(snap, ctx)
  local a, res = auth.read(snap)
  if a == nil then
    return res
  end
  local no_sso = auth.without_sso(a, ", so there is no SSO to bypass.")
  if no_sso then
    return no_sso
  end
  local ev = {
    { endpoint = EP, path = BASE .. "enforce_sso", actual = auth.shown(a.enforce_sso), expected = true },
    { endpoint = EP, path = BASE .. "zendesk_login", actual = auth.shown(a.native), expected = false },
    { endpoint = EP, path = BASE .. "remote_bypass_name", actual = a.remote_bypass or "absent",
      note = "who may use the SSO-outage bypass; owner is the tighter choice" },
  }
  local bypass = ""
  if a.remote_bypass == "admins" then
    bypass = " Note: every admin may use the SSO bypass; restricting it to the owner is tighter."
  end
  if a.native == true or a.enforce_sso == false then
    local why = {}
    if a.native == true then why[#why + 1] = "zendesk_login is true" end
    if a.enforce_sso == false then why[#why + 1] = "enforce_sso is false" end
    return zd.fail("Team members use SSO (" .. auth.sso_methods(a) .. ") but can still sign in "
      .. "with a Zendesk password: " .. table.concat(why, ", ") .. "." .. bypass, ev)
  end
  if a.native == nil or a.enforce_sso == nil then
    return zd.error("security_settings does not say whether password sign-in is off "
      .. "(zendesk_login or enforce_sso absent or not a boolean).", {})
  end
  return zd.pass("Team members must sign in through SSO (" .. auth.sso_methods(a) .. "); "
    .. "Zendesk password sign-in is off." .. bypass, ev)
end
