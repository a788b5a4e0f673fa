-- SPDX-License-Identifier: MIT
-- ZD.QA.7: Advanced connection settings become available only after the first sync.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.7"
title = "Advanced connection settings become available only after the first sync"
seed_ref = "XI.7"
product = "Zendesk QA (provisioning)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "The subscriber acknowledges that when Zendesk QA is first provisioned, advanced "
  .. "connection configuration becomes possible only after the first sync. Derived "
  .. "implication: filters and exclusions cannot stop data from being pulled in the initial "
  .. "sync, so plan the first connection with that in mind."
evidence = "Recorded acknowledgement and an onboarding plan."
remediation = "Record the acknowledgement and plan to review QA's advanced connection settings right "
  .. "after the first sync."
question = "Record, signed and dated, that QA's advanced connection settings are available only"
  .. " after the first sync, and show the onboarding plan for the first sync (what data it pulls,"
  .. " who reviews the settings right after). Keep both."
