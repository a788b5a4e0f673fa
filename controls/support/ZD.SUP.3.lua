-- SPDX-License-Identifier: MIT
-- ZD.SUP.3: Agent UI access restricted to subscriber IP ranges, unless agent MFA is in force.
-- Check: security_settings ip: restriction on with ranges (inside subscriber_ip_ranges when
--   declared) passes the IP branch; whenever it does not, the exception branch, agent MFA, is
--   read from ZD.SUP.1, and a pass there passes this control.

id = "ZD.SUP.3"
title = "Agent UI access restricted to subscriber IP ranges, unless agent MFA is in force"
seed_ref = "I.3"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Enforce agent MFA instead: natively in Zendesk (ZD.SUP.1.1) or in the subscriber's IdP "
  .. "with enterprise SSO (ZD.SUP.1.2)."
automation = "auto"
description = "Where possible, human agents' access to Service Data through the UI should be limited to"
  .. " IP addresses the subscriber controls. That is not needed if agent multi-factor "
  .. "authentication is enabled, either natively (SUP.1.1) or in the subscriber's environment "
  .. "together with enterprise SSO (SUP.1.2). \"Agent access\" here means only human agents "
  .. "using the UI. API access falls under SUP.4. Since 2023-02-24, one IP restriction setting"
  .. " covers Support and Chat together. Practical effect: an account that passes SUP.1 also "
  .. "satisfies SUP.3."
evidence = "Ip.ip_restriction_enabled = true, with ip.ip_ranges limited to ranges the subscriber "
  .. "declares as its own. Ip.enable_agent_ip_restrictions = true is acceptable: it applies "
  .. "the restriction to agents only. Otherwise the SUP.1 result."
remediation = "In Admin Center > Account > Security > Advanced > IP restrictions, turn on IP "
  .. "restrictions (or \"Enable agent IP restrictions\") with only the subscriber's own "
  .. "ranges; or make sure agent MFA is enforced (ZD.SUP.1)."
  .. " Or, as the baseline allows: enforce agent MFA instead: natively in Zendesk (ZD.SUP.1.1)"
  .. " or in the subscriber's IdP with enterprise SSO (ZD.SUP.1.2)."
question = "In Admin Center > Account > Security > Advanced > IP restrictions, confirm IP "
  .. "restrictions (or agent IP restrictions) are on and every allowed range belongs to the "
  .. "subscriber, as the network team confirms; otherwise confirm agent MFA is enforced as "
  .. "ZD.SUP.1 requires. Keep a dated screenshot with the ownership confirmation, or the ZD.SUP.1 "
  .. "evidence."
uses = { "security_settings" }

-- check --
requires = { "security_settings" }
params = { "subscriber_ip_ranges" }

local auth = require "auth"
local ipr = require "ipranges"
local S = require "status"

local EP = "security_settings"

-- allowlist(ss, ctx) -> status, details, evidence for the IP branch; status nil when the
-- restriction is off (the MFA branch must decide).
local function allowlist(ss, ctx)
  local ip = zd.get(ss, "ip")
  if zd.type(ip) ~= "object" then
    return nil, "security_settings has no ip object (IP restrictions are not on this plan)",
      { { endpoint = EP, path = "security_settings.ip", actual = "absent" } }
  end
  local enabled = zd.bool(zd.get(ip, "ip_restriction_enabled"))
  local agents_only = zd.bool(zd.get(ip, "enable_agent_ip_restrictions"))
  local raw = zd.get(ip, "ip_ranges")
  local ev = {
    { endpoint = EP, path = "security_settings.ip.ip_restriction_enabled", actual = auth.shown(enabled), expected = true },
    { endpoint = EP, path = "security_settings.ip.ip_ranges", actual = raw == nil and "null" or raw },
    { endpoint = EP, path = "security_settings.ip.enable_agent_ip_restrictions", actual = auth.shown(agents_only),
      note = "true applies the restriction to agents only, which this control accepts" },
  }
  if enabled == nil then
    return "error", "ip.ip_restriction_enabled is absent or not a boolean.", ev
  end
  local ranges, bad = ipr.split(zd.str(raw))
  if not enabled or (#ranges == 0 and #bad == 0) then
    return nil, enabled and "IP restriction is on but lists no range (ip.ip_ranges empty)"
      or "IP restriction is off (ip.ip_restriction_enabled false)", ev
  end
  if #bad > 0 then
    return "error", "ip.ip_ranges holds entries that are not IPv4 ranges: " .. table.concat(bad, ", ") .. ".", ev
  end
  local broad = {}
  for _, r in ipairs(ranges) do
    if r.bits < ipr.broad_bits then
      broad[#broad + 1] = r.text
    end
  end
  if #broad > 0 then
    return "fail", "The IP allow-list admits (nearly) every address: " .. table.concat(broad, ", ")
      .. ", so it restricts nothing.", ev
  end
  local declared, dbad = ipr.split(zd.str(ctx.params.subscriber_ip_ranges) or "")
  if #dbad > 0 then
    return "error", "Parameter subscriber_ip_ranges holds entries that are not IPv4 ranges: "
      .. table.concat(dbad, ", ") .. ".", ev
  end
  local list = {}
  for _, r in ipairs(ranges) do list[#list + 1] = r.text end
  if #declared == 0 then
    return "manual", "IP restriction is on for " .. (agents_only and "agents" or "everyone")
      .. " with " .. table.concat(list, ", ") .. "; whether these ranges are the subscriber's "
      .. "cannot be decided: declare them in the parameter subscriber_ip_ranges, or confirm "
      .. "ownership and keep the network team's confirmation.", ev
  end
  local foreign = {}
  for _, r in ipairs(ranges) do
    if not ipr.inside(r, declared) then foreign[#foreign + 1] = r.text end
  end
  if #foreign > 0 then
    ev[#ev + 1] = { endpoint = EP, path = "security_settings.ip.ip_ranges", actual = table.concat(foreign, " "),
                    expected = "inside subscriber_ip_ranges", note = "ranges outside the declared ones" }
    return "fail", "The IP allow-list admits ranges outside the subscriber's declared ranges: "
      .. table.concat(foreign, ", ") .. ".", ev
  end
  return "pass", "IP restriction is on for " .. (agents_only and "agents" or "everyone")
    .. ", limited to the subscriber's ranges (" .. table.concat(list, ", ") .. ").", ev
end

-- Either/or: the better of the two branches decides (pass if either passes, fail only when both
-- fail, otherwise manual or error); the details say which branch that was.
function check(snap, ctx)
  local ss = auth.settings(snap)
  if ss == nil then
    return zd.error("security_settings has the wrong shape (no security_settings object).", {})
  end
  local st, details, ev = allowlist(ss, ctx)
  if st == "pass" then
    return zd.pass("IP branch: " .. details, ev)
  end
  -- Exception branch: agent MFA (ZD.SUP.1 passes natively or through SSO with IdP 2FA). It
  -- decides whenever the IP branch does not pass, so an account that passes ZD.SUP.1 also
  -- passes here, as the baseline says.
  local mfa = S.of("ZD.SUP.1")
  ev[#ev + 1] = { note = "ZD.SUP.1 " .. mfa.status .. ": " .. mfa.details }
  local ip_state = (st == nil) and details or ("IP branch " .. st .. ": " .. details)
  if S.satisfied(mfa.status) then
    return zd.pass("MFA branch: agent MFA is in force (ZD.SUP.1 " .. mfa.status .. "), which the "
      .. "baseline accepts instead of an IP restriction. For information: " .. ip_state, ev)
  end
  -- Neither branch passes: an IP restriction that is off counts as a failed IP branch.
  if mfa.status == "fail" then S.carry(ev, mfa) end
  local ip_status = st or "fail"
  local worse_ip = S.rank(ip_status) >= S.rank(mfa.status)
  local status = worse_ip and mfa.status or ip_status
  if status == "not_applicable" then status = "error" end
  return S.result(status, ip_state:gsub("%.$", "") .. "; and agent MFA is not shown: ZD.SUP.1 is "
    .. mfa.status .. " (" .. mfa.details:gsub("%.$", "") .. "). Restrict agent access to the "
    .. "subscriber's IP ranges or enforce agent MFA.", ev)
end
