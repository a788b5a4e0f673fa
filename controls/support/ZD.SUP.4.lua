-- SPDX-License-Identifier: MIT
-- ZD.SUP.4: The subscriber owns the security implications of API access.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.4"
title = "The subscriber owns the security implications of API access"
seed_ref = "I.4 (lead-in)"
product = "Support API"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Wherever the account allows calls to the Zendesk API, the subscriber is fully "
  .. "responsible for understanding the security effect of every subscriber or third-party "
  .. "entity allowed to create, read, change or delete Service Data and PHI through that "
  .. "access or through integrations. The subscriber must apply the practices for the API "
  .. "model in use (SUP.4.1–4.3)."
evidence = "A complete register of API credentials and integrations, with owner, purpose and data "
  .. "reached, built from SUP.4.1 and 4.2 plus webhooks and targets. The audit log shows when "
  .. "credentials were created or changed."
remediation = "Keep a register of every API credential and integration (OAuth clients and tokens, API "
  .. "tokens, webhooks, targets) with owner, purpose and data reached, and apply ZD.SUP.4.1 to"
  .. " 4.3."
question = "Confirm that this holds for the account: The subscriber owns the security implications "
  .. "of API access. Keep as evidence: A complete register of API credentials and "
  .. "integrations, with owner, purpose and data reached, built from SUP.4.1 and 4.2 plus "
  .. "webhooks and targets. The audit log shows when credentials were created or changed."
uses = { "oauth_clients", "oauth_tokens", "api_tokens", "webhooks", "targets" }
