-- SPDX-License-Identifier: MIT
-- ZD.SUP.10: SMS text messaging may be unencrypted.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.10"
title = "SMS text messaging may be unencrypted"
seed_ref = "I.10 (lead-in and footnote; footnote added 2020-07-13)"
product = "Support / Talk / text channels"
kind = "acknowledgement"
responsible = "subscriber"
exception = "explicit"
alternative = "Use SMS and record that the subscriber takes full responsibility for it, including "
  .. "making sure SMS carries no PHI (ZD.SUP.10.2)."
automation = "partial"
description = "The subscriber acknowledges that the service's text-messaging features, which it uses at"
  .. " its own discretion, run over SMS or related protocols. These may carry messages into or"
  .. " out of the service without encryption. One of SUP.10.1 or SUP.10.2 must therefore hold."
  .. " Out of scope: the SMS codes used for native Zendesk 2FA (SUP.1.1). They carry only a "
  .. "numeric verification string."
evidence = "Composite of 10.1 and 10.2."
remediation = "Either stop using SMS (ZD.SUP.10.1) or record in the exception register that the "
  .. "subscriber takes full responsibility for SMS content (ZD.SUP.10.2)."
question = "Confirm that the subscriber has recorded this acknowledgement: SMS text messaging may be"
  .. " unencrypted. Keep as evidence: Composite of 10.1 and 10.2."
uses = { "talk_phone_numbers", "triggers", "automations" }
