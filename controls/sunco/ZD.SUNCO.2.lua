-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2: The subscriber owns the security implications of Sunshine Conversations API access.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.2"
title = "The subscriber owns the security implications of Sunshine Conversations API access"
seed_ref = "IV.2 (lead-in)"
product = "Sunshine Conversations API"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber is fully responsible for understanding the security implications of every"
  .. " subscriber or third-party entity that can create, read, change or delete Service Data "
  .. "and PHI through the Sunshine Conversations API. It must apply the practices for the API "
  .. "model in use (SUNCO.2.1–2.3)."
evidence = "A register of Sunshine Conversations API keys (app-level and account-level), OAuth "
  .. "clients and integrations, with owners."
remediation = "Keep a register of Sunshine Conversations API keys, OAuth clients and integrations with "
  .. "owners, and apply ZD.SUNCO.2.1 to 2.3."
question = "Confirm that this holds for the account: The subscriber owns the security implications "
  .. "of Sunshine Conversations API access. Keep as evidence: A register of Sunshine "
  .. "Conversations API keys (app-level and account-level), OAuth clients and integrations, "
  .. "with owners."
uses = { "sunco_keys", "sunco_integrations" }
