-- SPDX-License-Identifier: MIT
-- ZD.GEN.4: Appropriate plan level and required add-ons are purchased.
-- Check: corroborates the plan from plan-gated data (IP restrictions, custom roles, audit log,
--   side conversations, Explore); the order form stays with a person, so the result is manual.

id = "ZD.GEN.4"
title = "Appropriate plan level and required add-ons are purchased"
seed_ref = "D, preamble (\"appropriate plan level and required add-ons\")"
product = "Account / subscription"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber must hold service plans at the level the healthcare use needs, plus the "
  .. "associated add-ons Zendesk requires. If unsure, ask Zendesk sales. The seed names no "
  .. "specific plan. The plan-dependent features that controls below rely on imply the minimum"
  .. " plan. Examples: IP restrictions (SUP.3); Guide Professional/Enterprise content "
  .. "moderation (GUIDE.3); Explore Enterprise sharing controls (EXPLORE.3); Data Center "
  .. "Location add-on (HOST.2/3); Collaboration add-on (ADDON.1)."
evidence = "Subscription page or order form listing plans and add-ons. The tool can corroborate by "
  .. "checking whether plan-gated settings are present, for example ip in security settings."
remediation = "Check Admin Center > Account > Billing > Subscription against the features the baseline "
  .. "relies on (IP restrictions, Guide Professional moderation, Explore Enterprise, Data "
  .. "Center Location, Collaboration add-on) and buy the missing plan level or add-ons, asking"
  .. " Zendesk sales when unsure."
question = "Compare Admin Center > Account > Billing > Subscription (or the order form) with the "
  .. "plan features the baseline relies on: IP restrictions (ZD.SUP.3), Guide content moderation "
  .. "(ZD.GUIDE.2, ZD.GUIDE.3), Explore Enterprise if dashboards are shared (ZD.EXPLORE.3), the "
  .. "Data Center Location add-on where residency is needed (ZD.HOST.2, ZD.HOST.3) and the "
  .. "Collaboration add-on if side conversations are used (ZD.ADDON.1). Keep a dated screenshot of "
  .. "the subscription page or the order form."

-- check --
uses = { "security_settings", "custom_roles", "audit_logs", "account_settings" }

local function avail(key)
  local st = zd.state(key)
  if st.outcome == "ok" then return "available" end
  if st.outcome == "http_error" and (st.http_status == 403 or st.http_status == 404) then
    return "not available (HTTP " .. st.http_status .. ")"
  end
  return "unknown (" .. st.reason .. ")"
end

function check(snap, ctx)
  local ev = {}
  local ip = zd.get(snap.security_settings, "security_settings.ip")
  ev[#ev + 1] = { endpoint = "security_settings", path = "security_settings.ip",
                  actual = snap.security_settings == nil and "not read" or (ip ~= nil and "present" or "absent"),
                  note = "IP restrictions (ZD.SUP.3) need a plan that offers them" }
  ev[#ev + 1] = { endpoint = "custom_roles", actual = avail("custom_roles"), note = "custom roles: Enterprise" }
  ev[#ev + 1] = { endpoint = "audit_logs", actual = avail("audit_logs"), note = "audit log (ZD.GEN.14.1): Enterprise" }
  local s = snap.account_settings
  if s then
    ev[#ev + 1] = { endpoint = "account_settings", path = "settings.side_conversations",
                    actual = zd.get(s, "settings.side_conversations") ~= nil and "present" or "absent",
                    note = "side conversations: Collaboration add-on (ZD.ADDON.1)" }
    ev[#ev + 1] = { endpoint = "account_settings", path = "settings.active_features.explore",
                    actual = zd.get(s, "settings.active_features.explore") == nil and "absent"
                      or zd.get(s, "settings.active_features.explore") }
  end
  return zd.manual("The plan can only be corroborated from the API (see evidence): confirm from the "
    .. "subscription page or order form that the plan and add-ons the baseline relies on (IP "
    .. "restrictions, Guide moderation, Explore Enterprise, Data Center Location, Collaboration) "
    .. "are purchased.", ev)
end
