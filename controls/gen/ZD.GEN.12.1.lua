-- SPDX-License-Identifier: MIT
-- ZD.GEN.12.1: Security review of API and SDK integrations.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.12.1"
title = "Security review of API and SDK integrations"
seed_ref = "SRM II.1.a"
product = "Integrations"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber weighs the security impact of every third-party integration built on the "
  .. "Zendesk APIs or SDKs."
evidence = "Zendesk objects, each with an owner, purpose, data accessed and date of last review: "
  .. "OAuth clients: GET /api/v2/oauth/clients; OAuth tokens: GET /api/v2/oauth/tokens; API "
  .. "tokens: GET /api/v2/api_tokens; Webhooks: GET /api/v2/webhooks. Sunshine Conversations "
  .. "integrations and keys (see SUNCO.2)."
remediation = "Keep a register of every OAuth client, OAuth token, API token and webhook (Admin Center "
  .. "> Apps and integrations > APIs and > Webhooks) with owner, purpose, data accessed and "
  .. "date of last security review; remove what nobody owns."
question = "Confirm that this holds for the account: Security review of API and SDK integrations. "
  .. "Keep as evidence: Zendesk objects, each with an owner, purpose, data accessed and date "
  .. "of last review: OAuth clients: GET /api/v2/oauth/clients; OAuth tokens: GET "
  .. "/api/v2/oauth/tokens; API tokens: GET /api/v2/api_tokens; Webhooks: GET "
  .. "/api/v2/webhooks. Sunshine Conversations integrations and keys (see SUNCO.2)."
uses = { "oauth_clients", "oauth_tokens", "api_tokens", "webhooks" }
