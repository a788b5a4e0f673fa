-- SPDX-License-Identifier: MIT
-- ZD.GEN.4: Appropriate plan level and required add-ons are purchased.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

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
question = "Confirm that this holds for the account: Appropriate plan level and required add-ons are"
  .. " purchased. Keep as evidence: Subscription page or order form listing plans and add-ons."
  .. " The tool can corroborate by checking whether plan-gated settings are present, for "
  .. "example ip in security settings."
uses = { "security_settings", "account_settings" }
