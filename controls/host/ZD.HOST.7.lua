-- SPDX-License-Identifier: MIT
-- ZD.HOST.7: HDS accounts must follow the sub-processor policy.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.HOST.7"
title = "HDS accounts must follow the sub-processor policy"
seed_ref = "D, preamble (HDS-specific paragraph)"
product = "Account / Zendesk help centre"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "If the account is HDS-enabled, the subscriber must press \"Follow\" on Zendesk's "
  .. "Sub-processor Policy page. It then receives notifications of every change to the "
  .. "sub-processors used to provide the services. This item keeps mandatory wording in the "
  .. "current text. Reviewing the notices is implied. Responsibility (subscriber): Zendesk "
  .. "publishes the notices and vets its sub-processors (SRM II.2.a)."
evidence = "A follow subscription held by a monitored compliance mailbox or owner (screenshot or "
  .. "subscription confirmation). A procedure for reviewing sub-processor change notices."
remediation = "Sign in to the Zendesk help centre with a monitored compliance account, open the "
  .. "Sub-processor Policy article and press Follow; write a procedure for reviewing each "
  .. "sub-processor change notice."
question = "For an HDS-enabled account: confirm a monitored compliance mailbox or named owner has "
  .. "pressed Follow on the Sub-processor Policy article in Zendesk's help centre, and that a "
  .. "written procedure reviews each sub-processor change notice. Keep a screenshot of the follow "
  .. "subscription (or its confirmation email) and the procedure with the date it was last "
  .. "applied."
