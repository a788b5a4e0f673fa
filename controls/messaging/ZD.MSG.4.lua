-- SPDX-License-Identifier: MIT
-- ZD.MSG.4: Custom messaging integrations, webhooks and bot providers are understood and owned.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.4"
title = "Custom messaging integrations, webhooks and bot providers are understood and owned"
seed_ref = "III.4 (\"Answer Bot\" → \"AI agents\" 2024-12-16)"
product = "Messaging (APIs, webhooks, AI agent flows, customisations)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "If the subscriber or its agents use or build API and webhook integrations, or customise "
  .. "the messaging experience, the subscriber is fully responsible for understanding the "
  .. "privacy and security implications of: every custom workflow, and; every subscriber or "
  .. "third-party entity, chatbot providers included, that can create, read, change or delete "
  .. "Service Data and ePHI through them; An example is API calls made from flows built for AI"
  .. " agents."
evidence = "Zendesk webhooks (GET /api/v2/webhooks). Sunshine Conversations custom and webhook "
  .. "integrations and switchboard integrations. API-call steps in AI agent flows. Third-party"
  .. " bot providers. Each item with a security and privacy review."
remediation = "Keep a register of messaging APIs, webhooks, AI-agent or bot providers and "
  .. "customisations, with the data each receives and a privacy review."
question = "Confirm that this holds for the account: Custom messaging integrations, webhooks and bot"
  .. " providers are understood and owned. Keep as evidence: Zendesk webhooks (GET "
  .. "/api/v2/webhooks). Sunshine Conversations custom and webhook integrations and "
  .. "switchboard integrations. API-call steps in AI agent flows. Third-party bot providers. "
  .. "Each item with a security and privacy review."
uses = { "webhooks" }
