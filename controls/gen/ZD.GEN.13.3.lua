-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.3: Choose which channels may reach the instance.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.3"
title = "Choose which channels may reach the instance"
seed_ref = "SRM III.1.c"
product = "Channels"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber decides which channels may communicate with its instance, for example "
  .. "email, web form, messaging, social, SMS, voice, chat and API."
evidence = "Enabled channels and support addresses (for example GET /api/v2/recipient_addresses). "
  .. "Messaging and social integrations, Talk numbers, Chat. Each one justified for the use "
  .. "case."
remediation = "Review the channels in Admin Center > Channels (email addresses, messaging, social, "
  .. "Talk, Chat, API) and turn off every channel the use case does not need; record the "
  .. "justification of each remaining one."
question = "Confirm that this holds for the account: Choose which channels may reach the instance. "
  .. "Keep as evidence: Enabled channels and support addresses (for example GET "
  .. "/api/v2/recipient_addresses). Messaging and social integrations, Talk numbers, Chat. "
  .. "Each one justified for the use case."
uses = { "recipient_addresses", "talk_phone_numbers", "account_settings" }
