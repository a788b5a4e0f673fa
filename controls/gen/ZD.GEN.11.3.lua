-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.3: Configure and monitor session handling.
-- Check: security_settings agent_session_timeout against max_session_timeout_minutes; the
--   other session values are reported.

id = "ZD.GEN.11.3"
title = "Configure and monitor session handling"
seed_ref = "SRM I.1.c"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "The subscriber configures session behaviour (sign-out and inactivity timeouts, signed-in"
  .. " devices) and monitors it. The SRM gives no numeric value. zdaudit reports the "
  .. "values and compares them with the subscriber's policy. A 15-minute idle figure matches "
  .. "SUP.6 and MOBILE.4, but those concern devices, not Zendesk sessions."
evidence = "Security settings agent_session_timeout, maximum_session_duration_enabled, "
  .. "maximum_session_duration, end_user_session_timeout, mobile_app_session_timeout. Session "
  .. "listing through the Sessions API for monitoring."
remediation = "Set session timeouts in Admin Center > Account > Security > Advanced > Session "
  .. "expiration to values the subscriber's policy allows, and review active sessions through "
  .. "the Sessions API."
question = "In Admin Center > Account > Security > Advanced > Session expiration, read the agent "
  .. "and end-user session timeouts and the maximum session duration, confirm they are within the "
  .. "subscriber's policy (zdaudit parameter max_session_timeout_minutes), and confirm active "
  .. "sessions are reviewed. Keep a dated screenshot and the policy value it was compared with."
uses = { "security_settings" }

-- check --
requires = { "security_settings" }
params = { "max_session_timeout_minutes" }

local auth = require "auth"

function check(snap, ctx)
  local ss = auth.settings(snap)
  if ss == nil then
    return zd.error("security_settings has the wrong shape.", {})
  end
  local max = zd.int(ctx.params.max_session_timeout_minutes) or 480
  local raw = zd.get(ss, "agent_session_timeout")
  local t = zd.int(raw)
  local ev = { { endpoint = "security_settings", path = "security_settings.agent_session_timeout",
                 actual = raw == nil and "absent" or raw, expected = "at most " .. max .. " minutes" } }
  for _, f in ipairs({ "end_user_session_timeout", "maximum_session_duration_enabled", "maximum_session_duration",
                       "mobile_app_access", "mobile_app_session_timeout" }) do
    local v = zd.get(ss, f)
    ev[#ev + 1] = { endpoint = "security_settings", path = "security_settings." .. f,
                    actual = v == nil and "absent" or v, note = "for information" }
  end
  if t == nil then
    return zd.error("security_settings.agent_session_timeout is absent or not a number of minutes.", ev)
  end
  if t <= 0 or t > max then
    return zd.fail("Agents stay signed in for " .. t .. " idle minutes, more than the "
      .. max .. " the policy allows (parameter max_session_timeout_minutes).", ev)
  end
  return zd.pass("Agent sessions expire after " .. t .. " idle minutes (policy: at most " .. max .. ").", ev)
end
