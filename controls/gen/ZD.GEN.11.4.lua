-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.4: Decide whether Zendesk support staff may enter the instance.
-- Check: security_settings account assumption: off, expired, or a grant no longer than
--   max_assumption_duration passes; "always" never does.

id = "ZD.GEN.11.4"
title = "Decide whether Zendesk support staff may enter the instance"
seed_ref = "SRM I.1.d"
product = "Admin Center security (account assumption)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "The subscriber decides whether Zendesk support staff may access its Support instance "
  .. "(\"account assumption\"), and for how long. The SRM prescribes no value. For a "
  .. "PHI-bearing account the decision should be deliberate and documented. A time-boxed grant"
  .. " is the conservative choice, and \"always\" is worth flagging."
evidence = "Security settings assumable, assumption_duration (off/day/week/month/year/always), "
  .. "assumption_expiration."
remediation = "In Admin Center > Account > Security > Advanced > Account assumption, turn account "
  .. "assumption off, or grant it for One day or One week only when Zendesk Support needs it for a "
  .. "named case; never choose Indefinitely."
question = "In Admin Center > Account > Security > Advanced > Account assumption, confirm account "
  .. "assumption is off, or on for a limited duration (One day or One week, never Indefinitely) "
  .. "granted deliberately for a named Zendesk support case. Keep a dated screenshot of the tab "
  .. "and, for any grant, the support case and its approver."
uses = { "security_settings" }

-- check --
requires = { "security_settings" }
params = { "max_assumption_duration" }

local auth = require "auth"

local RANK = { off = 0, day = 1, week = 2, month = 3, year = 4, always = 5 }

function check(snap, ctx)
  local ss = auth.settings(snap)
  if ss == nil then
    return zd.error("security_settings has the wrong shape.", {})
  end
  local assumable = zd.bool(zd.get(ss, "assumable"))
  local dur = zd.str(zd.get(ss, "assumption_duration"))
  local exp_raw = zd.get(ss, "assumption_expiration")
  local exp = zd.time(zd.str(exp_raw))
  local max = zd.str(ctx.params.max_assumption_duration) or "week"
  local ev = {
    { endpoint = "security_settings", path = "security_settings.assumable", actual = auth.shown(assumable) },
    { endpoint = "security_settings", path = "security_settings.assumption_duration", actual = dur or "absent",
      expected = "off, or at most " .. max },
    { endpoint = "security_settings", path = "security_settings.assumption_expiration",
      actual = exp_raw == nil and "absent" or exp_raw },
  }
  if RANK[max] == nil or max == "always" then
    return zd.error("Parameter max_assumption_duration must be off, day, week, month or year (got "
      .. tostring(ctx.params.max_assumption_duration) .. ").", ev)
  end
  if assumable == false or dur == "off" then
    return zd.pass("Zendesk staff cannot assume the account (account assumption is off).", ev)
  end
  if dur == nil or RANK[dur] == nil then
    return zd.error("security_settings.assumption_duration is absent or unknown (" .. tostring(dur) .. ").", ev)
  end
  if dur == "always" then
    return zd.fail("Zendesk staff may assume the account at any time (assumption_duration always).", ev)
  end
  if exp ~= nil and exp <= ctx.now then
    return zd.pass("The last account-assumption grant (" .. dur .. ") expired on " .. exp_raw .. ".", ev)
  end
  if RANK[dur] > RANK[max] then
    return zd.fail("Account assumption is granted for a " .. dur .. ", longer than the policy's "
      .. max .. " (parameter max_assumption_duration).", ev)
  end
  return zd.pass("Account assumption is granted for at most a " .. dur .. " (until "
    .. tostring(exp_raw) .. "), within the policy's " .. max .. ".", ev)
end
