-- SPDX-License-Identifier: MIT
-- ZD.SUP.1: Agent authentication uses one of the two approved methods.
-- Check: composite, SUP.1 = SUP.1.1 or (SUP.1.2 and SUP.1.3), read with zd.result; the
--   details say which branch decided.

id = "ZD.SUP.1"
title = "Agent authentication uses one of the two approved methods"
seed_ref = "I.1"
product = "Support / Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Agent sign-in must be secured by one of two methods: native Zendesk authentication that "
  .. "meets ZD.SUP.1.1, or an external SSO that meets ZD.SUP.1.2, together with ZD.SUP.1.3. "
  .. "Both methods also require that administrators cannot set end users' passwords. "
  .. "Assessment logic: PASS if SUP.1.1 passes, or if SUP.1.2 and SUP.1.3 both pass."
evidence = "Composite of SUP.1.1–1.3, all from GET /api/v2/security_settings."
remediation = "Either use Zendesk sign-in with the Recommended password policy, enforced 2FA and "
  .. "admin-set passwords off (ZD.SUP.1.1), or SSO with a strong IdP policy and IdP-enforced "
  .. "2FA with Zendesk password sign-in off (ZD.SUP.1.2 and ZD.SUP.1.3)."
question = "In Admin Center > Account > Security > Team member authentication, confirm agents sign "
  .. "in either with Zendesk authentication that meets ZD.SUP.1.1 (Recommended password level, 2FA "
  .. "required, admins cannot set passwords) or with SSO that meets ZD.SUP.1.2 and ZD.SUP.1.3 (IdP "
  .. "password policy and MFA, Zendesk password sign-in off). Keep dated screenshots of the page "
  .. "and, for SSO, the IdP policy export."
uses = { "security_settings" }

-- check --
requires = { "security_settings" }

local S = require "status"

function check(snap, ctx)
  local native, sso, nopw = S.of("ZD.SUP.1.1"), S.of("ZD.SUP.1.2"), S.of("ZD.SUP.1.3")
  local function line(r)
    return r.id .. " " .. r.status
  end
  local ev = {
    { note = line(native) .. ": " .. native.details },
    { note = line(sso) .. ": " .. sso.details },
    { note = line(nopw) .. ": " .. nopw.details },
  }
  for _, r in ipairs({ native, sso, nopw }) do
    if r.status == "fail" then S.carry(ev, r) end
  end
  if S.satisfied(native.status) then
    return zd.pass("Native branch: ZD.SUP.1.1 passes (Recommended-level passwords, enforced 2FA, "
      .. "no admin-set passwords).", ev)
  end
  if S.satisfied(sso.status) and S.satisfied(nopw.status) then
    return zd.pass("SSO branch: ZD.SUP.1.2 and ZD.SUP.1.3 both hold.", ev)
  end
  local native_off = native.status == "not_applicable"
  local sso_off = sso.status == "not_applicable"
  if native_off and sso_off then
    return zd.error("Neither sign-in method applies: password sign-in is off and no SSO is on "
      .. "for team members.", {})
  end
  -- The SSO branch's status is the worse of its two parts.
  local sso_branch = S.worst({ sso, nopw })
  if sso_off then
    return S.result(native.status, "Native branch (no SSO for team members): ZD.SUP.1.1 is "
      .. native.status .. ". " .. native.details, ev)
  end
  if native_off then
    return S.result(sso_branch.status, "SSO branch (password sign-in off): " .. sso_branch.id
      .. " is " .. sso_branch.status .. ". " .. sso_branch.details, ev)
  end
  -- Both methods are on: the better branch decides.
  local best = S.rank(native.status) <= S.rank(sso_branch.status) and native or sso_branch
  return S.result(best.status, "Both password sign-in and SSO are on; neither branch passes. "
    .. "Best branch: " .. best.id .. " is " .. best.status .. ". " .. best.details, ev)
end
