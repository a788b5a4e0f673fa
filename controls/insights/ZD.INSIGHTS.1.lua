-- SPDX-License-Identifier: MIT
-- ZD.INSIGHTS.1: Insights is retired; nothing to configure.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.INSIGHTS.1"
title = "Insights is retired; nothing to configure"
seed_ref = "IX"
product = "Zendesk Insights (legacy reporting)"
kind = "acknowledgement"
responsible = "zendesk"
exception = "n/a"
automation = "auto"
description = "Support for Zendesk Insights ended on 5 February 2021, so there is no configuration to "
  .. "assess. Historical note: until August 2020 the baseline banned ePHI in custom fields. It"
  .. " was then narrowed to apply only when Insights was used, and is now moot. If any legacy "
  .. "Insights artefact is still active, treat it as out of support. Responsibility (zendesk):"
  .. " Retired the service."
evidence = "For information only: account settings active_features.insights is false."
remediation = "Nothing to configure: Insights was retired on 2021-02-05; use Explore, governed by "
  .. "ZD.EXPLORE.*."
question = "Confirm that the subscriber has recorded this acknowledgement: Insights is retired; "
  .. "nothing to configure. Keep as evidence: For information only: account settings "
  .. "active_features.insights is false."
uses = { "account_settings" }
