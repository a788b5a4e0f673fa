-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2.3: Custom workflows, webhooks and bot providers are understood and owned.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.2.3"
title = "Custom workflows, webhooks and bot providers are understood and owned"
seed_ref = "IV.2.c"
product = "Sunshine Conversations (webhooks, integrations, customisations)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "If the subscriber or its agents use API or webhook integrations, or customise the "
  .. "Sunshine Conversations experience, the subscriber is fully responsible for understanding"
  .. " the privacy and security implications of: every custom workflow, and; every permitted "
  .. "subscriber or third-party entity, chatbot providers included, that can create, read, "
  .. "change or delete Service Data and PHI through them."
evidence = "Sunshine Conversations webhook and custom integrations (targets, triggers, whether full "
  .. "payloads are included), switchboard integrations and bot providers, each reviewed."
remediation = "Review every Sunshine Conversations webhook, custom integration, switchboard integration"
  .. " and bot provider: what it receives (full payloads or not), who owns it; remove what is "
  .. "not needed."
question = "Confirm that this holds for the account: Custom workflows, webhooks and bot providers "
  .. "are understood and owned. Keep as evidence: Sunshine Conversations webhook and custom "
  .. "integrations (targets, triggers, whether full payloads are included), switchboard "
  .. "integrations and bot providers, each reviewed."
uses = { "sunco_integrations", "sunco_webhooks" }
