-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.6: Configure IP restrictions where needed.
-- Check: IP restrictions "where needed": the healthcare rule is ZD.SUP.3 (IP allow-list or
--   agent MFA), so its result decides (zd.result); the configured allow-list is reported.

id = "ZD.GEN.11.6"
title = "Configure IP restrictions where needed"
seed_ref = "SRM I.1.f"
product = "Admin Center security"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Where the subscriber needs them, it configures the IP restrictions the product supports."
  .. " The healthcare rule is SUP.3; for Explore Enterprise it is EXPLORE.3.2."
evidence = "Security settings ip.ip_restriction_enabled, ip.ip_ranges, "
  .. "ip.enable_agent_ip_restrictions."
remediation = "In Admin Center > Account > Security > Advanced > IP restrictions, enable IP "
  .. "restrictions with the subscriber's own ranges where the use case needs them (required "
  .. "for ZD.SUP.3 without agent MFA and for ZD.EXPLORE.3.2)."
question = "In Admin Center > Account > Security > Advanced > IP restrictions, record whether IP "
  .. "restrictions are on and which ranges they allow, and confirm either that every range is the "
  .. "subscriber's own (ZD.SUP.3, ZD.EXPLORE.3.2) or that agent MFA is enforced instead "
  .. "(ZD.SUP.1). Keep a dated screenshot and the network team's confirmation of range ownership."
uses = { "security_settings" }

-- check --
requires = { "security_settings" }
params = { "subscriber_ip_ranges" }

local S = require "status"

function check(snap, ctx)
  local ip = zd.get(snap.security_settings, "security_settings.ip")
  local sup3 = S.of("ZD.SUP.3")
  local ev = {
    { endpoint = "security_settings", path = "security_settings.ip.ip_restriction_enabled",
      actual = zd.get(ip, "ip_restriction_enabled") == nil and "absent" or zd.get(ip, "ip_restriction_enabled") },
    { endpoint = "security_settings", path = "security_settings.ip.ip_ranges",
      actual = zd.get(ip, "ip_ranges") == nil and "null" or zd.get(ip, "ip_ranges") },
    { note = "ZD.SUP.3 " .. sup3.status .. ": " .. sup3.details },
  }
  if sup3.status == "fail" then
    -- ZD.SUP.3's own evidence names the same IP fields (with what was expected) and the
    -- agent-MFA finding, so it replaces the two items above.
    ev = { ev[3] }
    S.carry(ev, sup3, 12)
  end
  return S.result(sup3.status, "IP restrictions are needed unless agent MFA is in force; ZD.SUP.3 is "
    .. sup3.status .. ": " .. sup3.details, ev)
end
