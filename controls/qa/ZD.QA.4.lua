-- SPDX-License-Identifier: MIT
-- ZD.QA.4: A retention period is set for the QA "Zendesk Chat" custom integration.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.4"
title = "A retention period is set for the QA \"Zendesk Chat\" custom integration"
seed_ref = "XI.4"
product = "Zendesk QA (Zendesk Chat custom connection)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "When QA's \"Zendesk Chat\" custom integration is used, the subscriber should set a "
  .. "data-retention period that matches its policy, so the data is not kept indefinitely."
evidence = "The retention setting on the QA connection, against the retention policy."
remediation = "Set a retention period on the QA \"Zendesk Chat\" custom connection that matches the "
  .. "retention policy."
question = "If Zendesk QA's \"Zendesk Chat\" custom connection is used, show its data-retention"
  .. " setting (Zendesk QA > Settings > Connections) and the retention policy it matches. Keep a"
  .. " screenshot and the policy reference."
