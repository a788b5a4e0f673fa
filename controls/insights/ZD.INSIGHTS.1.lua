-- SPDX-License-Identifier: MIT
-- ZD.INSIGHTS.1: Insights was retired on 2021-02-05, so there is nothing to configure:
-- not applicable unless account settings still flag Insights active (active_features.insights
-- true), which fails as an out-of-support component that may still hold ePHI in custom fields.
local verdict = require "verdict"

id = "ZD.INSIGHTS.1"
title = "Insights is retired; nothing to configure"
seed_ref = "IX"
product = "Zendesk Insights (legacy reporting)"
kind = "acknowledgement"
responsible = "zendesk"
exception = "n/a"
automation = "auto"
description = "Zendesk ended support for Insights (legacy GoodData reporting) on 5 February 2021,"
  .. " so there is no configuration to assess. Until August 2020 the baseline banned ePHI in custom"
  .. " fields; it was then narrowed to accounts using Insights, and is now moot. A legacy Insights"
  .. " artefact still active is out of support and must be retired."
evidence = "GET /api/v2/account/settings: settings.active_features.insights false or absent"
  .. " (retired product) => not applicable; true => a legacy Insights flag is still active."
remediation = "Nothing to configure when Insights is off. If active_features.insights is still"
  .. " true, ask Zendesk support to retire the legacy Insights (GoodData) project, make sure no"
  .. " ePHI is kept in custom fields it reads, and use Explore (ZD.EXPLORE.*) instead."
question = "Confirm no legacy Insights (GoodData) reports or exports are still in use; Zendesk"
  .. " retired Insights on 2021-02-05. Keep the account settings export showing"
  .. " active_features.insights false."
uses = { "account_settings" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802" }

function check(snap, ctx)
  if snap.account_settings == nil then
    return verdict.missing("account_settings")
  end
  -- Zendesk sends active_features in every account-settings reply (Account Settings >
  -- JSON format); a reply without it cannot say whether the flag is set
  local af, afhow = zd.get(snap.account_settings, "settings.active_features")
  if af == nil and afhow ~= "mistyped" then
    return verdict.error("The account settings have no active_features section (malformed "
      .. "response), so whether the legacy Insights flag is active cannot be read.",
      { { endpoint = "account_settings", field = "settings.active_features", actual = "absent" } })
  end
  local v, how = zd.get(snap.account_settings, "settings.active_features.insights")
  local b = zd.bool(v)
  local actual = v
  if v == nil then actual = how end
  local ev = { { endpoint = "account_settings", field = "settings.active_features.insights",
                 actual = actual, expected = false } }
  if b == true then
    return zd.fail("A legacy Insights flag is still active (active_features.insights true), "
      .. "though Zendesk retired Insights on 2021-02-05: it is out of support.", ev)
  end
  if (b == nil and v ~= nil) or how == "mistyped" then
    return verdict.error("settings.active_features.insights is not a boolean (or its parent is "
      .. "not an object), so whether the legacy flag is active cannot be read.", ev)
  end
  return zd.na("Zendesk retired Insights on 2021-02-05 and this account does not flag it "
    .. "active (active_features.insights " .. ((b == false) and "false" or how) .. ").", ev)
end
