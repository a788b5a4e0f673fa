-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3.2: with Explore Enterprise, IP restrictions are used. Passes when the account's
-- IP allow-list is on with ranges; when it is off, fails only if explore_enterprise is "yes"
-- (no API shows the Explore plan), else manual with the IP evidence.
local explore = require "explore"
local verdict = require "verdict"

id = "ZD.EXPLORE.3.2"
title = "IP restrictions are used (Explore Enterprise)"
seed_ref = "VI (Explore Enterprise) item 2"
product = "Explore Enterprise / Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "An account with Explore Enterprise uses IP restrictions. Unlike ZD.SUP.3 there is "
  .. "no MFA alternative; the seed does not say whether the account-wide allow-list suffices, "
  .. "so zdaudit checks that one."
evidence = "GET /api/v2/security_settings: ip.ip_restriction_enabled = true with a non-empty "
  .. "ip.ip_ranges (ranges the subscriber owns, as ZD.SUP.3). Whether the account has Explore "
  .. "Enterprise is not exposed: the parameter explore_enterprise (yes, no, unknown) says it. "
  .. "active_features.explore = false makes the control not applicable."
remediation = "In Admin Center > Account > Security > Advanced > IP restrictions, turn on IP "
  .. "restrictions with the subscriber's own ranges (and leave \"allow customers to bypass\" off"
  .. " unless end users need the help centre from anywhere)."
question = "Confirm whether the account has Explore Enterprise (Admin Center > Account > Billing > "
  .. "Subscription); if it does, turn on IP restrictions. Keep the subscription page and the IP "
  .. "restriction settings, or set explore_enterprise in zdaudit.yaml."
uses = { "security_settings", "account_settings" }
params = { "explore_enterprise" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/ticketing/account-configuration/security_settings/" }

function check(snap, ctx)
  local plan = zd.str(ctx.params.explore_enterprise)
  if plan ~= "yes" and plan ~= "no" and plan ~= "unknown" then
    return verdict.error("Parameter explore_enterprise must be yes, no or unknown (got "
      .. tostring(ctx.params.explore_enterprise) .. ").")
  end
  local na = explore.not_applicable(snap)
  if na then return na end
  if snap.security_settings == nil then
    return verdict.missing("security_settings", "Check Admin Center > Account > Security > "
      .. "Advanced > IP restrictions.")
  end
  local ip = zd.get(snap.security_settings, "security_settings.ip")
  if zd.type(ip) ~= "object" then
    return verdict.error("security_settings.ip is missing or not an object.")
  end
  local enabled = zd.bool(ip.ip_restriction_enabled)
  local ranges = zd.str(ip.ip_ranges)
  local has_ranges = ranges ~= nil and ranges:find("%S") ~= nil
  local ev = {
    { endpoint = "security_settings", field = "security_settings.ip.ip_restriction_enabled",
      actual = ip.ip_restriction_enabled, expected = true },
    { endpoint = "security_settings", field = "security_settings.ip.ip_ranges",
      actual = ip.ip_ranges, expected = "the subscriber's ranges" },
    { note = "parameter explore_enterprise = " .. plan },
  }
  if enabled == nil then
    return verdict.error("security_settings.ip.ip_restriction_enabled is missing or not a boolean.")
  end
  if enabled and has_ranges then
    local agents_only = zd.bool(ip.enable_agent_ip_restrictions) == true
    return zd.pass("IP restrictions are on with allowed ranges"
      .. (agents_only and " (for agents; end users may bypass)" or "") .. ".", ev)
  end
  local state = enabled and "on but without any allowed range" or "off"
  if plan == "yes" then
    return zd.fail("The account has Explore Enterprise (explore_enterprise yes) but IP "
      .. "restrictions are " .. state .. " (security_settings.ip).", ev)
  end
  if plan == "no" then
    return zd.manual("IP restrictions are " .. state .. "; the configuration declares no Explore "
      .. "Enterprise (explore_enterprise no), which the API cannot confirm: keep the subscription "
      .. "page (Admin Center > Account > Billing > Subscription) showing the Explore plan.", ev)
  end
  return zd.manual("IP restrictions are " .. state .. "; whether the account has Explore "
    .. "Enterprise is not exposed (explore_enterprise " .. plan .. "): if it has, this fails.", ev)
end
