-- SPDX-License-Identifier: MIT
-- ZD.SUP.10.1: Text messaging is not used in healthcare-enabled accounts.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.10.1"
title = "Text messaging is not used in healthcare-enabled accounts"
seed_ref = "I.10.a"
product = "Support / Talk / text channels"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Use SMS and record that the subscriber takes full responsibility for it, including "
  .. "making sure SMS carries no PHI (ZD.SUP.10.2)."
automation = "partial"
description = "SMS text-messaging features are not used in the healthcare-enabled account."
evidence = "No SMS-enabled numbers (Talk phone numbers with SMS capability). No third-party SMS "
  .. "channel integrations. No active triggers or automations with SMS notification actions."
remediation = "Remove SMS capability from Talk numbers (Admin Center > Channels > Talk and email > Talk"
  .. " > Numbers), remove SMS actions from triggers and automations, and remove third-party "
  .. "SMS channels."
question = "Confirm that this holds for the account: Text messaging is not used in "
  .. "healthcare-enabled accounts. Keep as evidence: No SMS-enabled numbers (Talk phone "
  .. "numbers with SMS capability). No third-party SMS channel integrations. No active "
  .. "triggers or automations with SMS notification actions."
uses = { "talk_phone_numbers", "triggers", "automations" }
