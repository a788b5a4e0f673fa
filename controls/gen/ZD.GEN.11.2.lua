-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.2: Choose and configure the authentication method.
-- Check: the agent sign-in method from security_settings, judged by ZD.SUP.1 (zd.result); the
--   end-user password level is reported alongside.

id = "ZD.GEN.11.2"
title = "Choose and configure the authentication method"
seed_ref = "SRM I.1.b"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "The subscriber selects the sign-in methods among those the service supports (passwords, "
  .. "MFA, SSO and so on) and configures them. The healthcare-specific outcome is defined by "
  .. "ZD.SUP.1."
evidence = "See ZD.SUP.1 (GET /api/v2/security_settings → authentication.agent / "
  .. "authentication.end_user)."
remediation = "Choose the agent sign-in method in Admin Center > Account > Security > Team member "
  .. "authentication: either Zendesk authentication with the Recommended password policy and "
  .. "enforced 2FA, or SSO (see ZD.SUP.1)."
question = "In Admin Center > Account > Security > Team member authentication, record which "
  .. "sign-in methods team members use (Zendesk authentication, enterprise SSO, Google, Microsoft) "
  .. "and confirm the choice meets ZD.SUP.1. Keep a dated screenshot of the page and the decision "
  .. "record."
uses = { "security_settings", "remote_authentications" }

-- check --
requires = { "security_settings" }

local auth = require "auth"
local S = require "status"

function check(snap, ctx)
  local a, res = auth.read(snap)
  if a == nil then
    return res
  end
  local ss = auth.settings(snap)
  local methods = {}
  if a.native then methods[#methods + 1] = "Zendesk passwords (" .. (a.policy_name or "level unknown") .. ")" end
  if a.sso then methods[#methods + 1] = auth.sso_methods(a) end
  local eu = zd.str(zd.get(ss, "authentication.end_user.security_policy_name"))
  local sup1 = S.of("ZD.SUP.1")
  local ev = {
    { endpoint = "security_settings", path = "security_settings.authentication.agent",
      actual = #methods > 0 and table.concat(methods, " + ") or "none" },
    { endpoint = "security_settings", path = "security_settings.authentication.end_user.security_policy_name",
      actual = eu or "absent", note = "end-user password level, for information" },
    { note = "ZD.SUP.1 " .. sup1.status .. ": " .. sup1.details },
  }
  local chosen = #methods > 0 and table.concat(methods, " + ") or "no method readable"
  local why = S.satisfied(sup1.status) and "" or (" " .. sup1.details)
  if sup1.status == "fail" then S.carry(ev, sup1) end
  return S.result(sup1.status, "Team members sign in with " .. chosen .. "; the healthcare outcome "
    .. "(ZD.SUP.1) is " .. sup1.status .. "." .. why, ev)
end
