-- SPDX-License-Identifier: MIT
-- ZD.SUP.11.1: Legacy CSAT is not used.
-- Check: account_settings active_features.customer_satisfaction, and active triggers or
--   automations sending legacy survey placeholders ({{satisfaction.rating_section}} ...).

id = "ZD.SUP.11.1"
title = "Legacy CSAT is not used"
seed_ref = "I.11.a"
product = "Support (legacy CSAT)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Use legacy CSAT and record that the subscriber takes full responsibility for it and the "
  .. "data it emails (ZD.SUP.11.2)."
automation = "partial"
description = "The legacy CSAT feature is not used in the healthcare-enabled account."
evidence = "Legacy satisfaction is off: active_features.customer_satisfaction false, or the account "
  .. "has moved to the new CSAT. No active automation sends the legacy survey placeholder (for"
  .. " example {{satisfaction.rating_section}})."
remediation = "Move to the updated CSAT or turn off legacy customer satisfaction in Admin Center > "
  .. "People > Configuration > End users > Satisfaction (\"Allow customers to rate tickets\"), and "
  .. "deactivate or edit the triggers and automations that use {{satisfaction.rating_section}} or "
  .. "other legacy rating placeholders. Or, as the baseline allows: use legacy CSAT and record "
  .. "that the subscriber takes full responsibility for it and the data it emails (ZD.SUP.11.2)."
question = "In Admin Center > People > Configuration > End users > Satisfaction, confirm legacy "
  .. "customer satisfaction (\"Allow customers to rate tickets\") is off or the account uses the "
  .. "updated CSAT, and in Objects and rules > Business rules confirm no active trigger or "
  .. "automation uses {{satisfaction.rating_section}} or another legacy rating placeholder. Keep "
  .. "dated screenshots or a rule export."

-- check --
requires = { "account_settings" }
uses = { "automations", "triggers", "dynamic_content" }

local csat = require "csat"
local R = require "rules"
local shape = require "shape"

function check(snap, ctx)
  local unusable = R.unusable(snap)
  if unusable then return shape.error(unusable) end
  local raw = zd.get(snap.account_settings, "settings.active_features.customer_satisfaction")
  local on = zd.bool(raw)
  local ev = { { endpoint = "account_settings", path = "settings.active_features.customer_satisfaction",
                 actual = raw == nil and "absent" or raw } }
  if raw ~= nil and raw ~= zd.null and on == nil then
    return zd.error("settings.active_features.customer_satisfaction is not a boolean.", ev)
  end
  local have_rules = zd.items(snap, "automations") ~= nil and zd.items(snap, "triggers") ~= nil
  local legacy, survey = {}, {}
  local senders, opaque = csat.senders_of(snap)
  for _, s in ipairs(senders) do
    if #s.legacy > 0 then
      legacy[#legacy + 1] = s
      ev[#ev + 1] = { endpoint = s.n.kind .. "s", object = R.object(s.n), field = s.n.action,
                      actual = "{{" .. table.concat(s.legacy, "}}, {{") .. "}}",
                      note = "legacy CSAT survey placeholder" }
    elseif s.survey then
      survey[#survey + 1] = s
      ev[#ev + 1] = { endpoint = s.n.kind .. "s", object = R.object(s.n), field = s.n.action,
                      actual = "{{satisfaction.survey_url}}", note = "new CSAT survey link" }
    end
  end
  if #legacy > 0 then
    local names = {}
    for _, s in ipairs(legacy) do
      names[#names + 1] = s.n.kind .. " " .. tostring(zd.get(s.n.rule, "id")) .. " \""
        .. (zd.str(zd.get(s.n.rule, "title")) or "") .. "\""
    end
    return zd.fail("Legacy CSAT is in use: active " .. table.concat(names, ", ")
      .. " send(s) the legacy survey placeholder.", ev)
  end
  if on == false then
    return zd.pass("Customer satisfaction is off (active_features.customer_satisfaction false) "
      .. "and no active rule sends a legacy survey.", ev)
  end
  if on == nil then
    return zd.manual("Account settings do not say whether customer satisfaction is on; confirm "
      .. "in Admin Center that legacy CSAT is not used.", ev)
  end
  if not have_rules then
    return zd.manual("Customer satisfaction is on, and the business rules that would show which "
      .. "survey is sent could not be read (" .. zd.state(zd.items(snap, "automations") == nil
      and "automations" or "triggers").reason .. "): confirm that the new CSAT is used.", ev)
  end
  if #opaque > 0 then
    local why = zd.state("dynamic_content").reason
    ev[#ev + 1] = { endpoint = "dynamic_content", note = why }
    return zd.manual("Customer satisfaction is on and no rule text sends the legacy survey, but "
      .. "these notifications use dynamic content that was not collected (" .. why .. "): "
      .. csat.opaque_note(opaque) .. "; check that none holds a legacy survey placeholder such as "
      .. "{{satisfaction.rating_section}}.", ev)
  end
  if #survey > 0 then
    return zd.pass("Customer satisfaction is on and sent with the new survey link "
      .. "({{satisfaction.survey_url}}); no active rule sends the legacy survey.", ev)
  end
  return zd.manual("Customer satisfaction is on but no active rule shows which survey is sent; "
    .. "confirm in Admin Center (Objects and rules > Customer satisfaction) that the account "
    .. "uses the new CSAT, not legacy CSAT.", ev)
end
