-- SPDX-License-Identifier: MIT
-- ZD.SUP.11.1: Legacy CSAT is not used.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

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
remediation = "Move to the new CSAT experience or turn off customer satisfaction in Admin Center > "
  .. "People > End users > Satisfaction, and deactivate automations that send "
  .. "{{satisfaction.rating_section}}."
question = "Confirm that this holds for the account: Legacy CSAT is not used. Keep as evidence: "
  .. "Legacy satisfaction is off: active_features.customer_satisfaction false, or the account "
  .. "has moved to the new CSAT. No active automation sends the legacy survey placeholder (for"
  .. " example {{satisfaction.rating_section}})."
uses = { "account_settings", "automations" }
