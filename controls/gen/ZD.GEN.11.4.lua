-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.4: Decide whether Zendesk support staff may enter the instance.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.4"
title = "Decide whether Zendesk support staff may enter the instance"
seed_ref = "SRM I.1.d"
product = "Admin Center security (account assumption)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "The subscriber decides whether Zendesk support staff may access its Support instance "
  .. "(\"account assumption\"), and for how long. The SRM prescribes no value. For a "
  .. "PHI-bearing account the decision should be deliberate and documented. A time-boxed grant"
  .. " is the conservative choice, and \"always\" is worth flagging."
evidence = "Security settings assumable, assumption_duration (off/day/week/month/year/always), "
  .. "assumption_expiration."
remediation = "In Admin Center > Account > Security > Advanced (or Account > General, account "
  .. "assumption), turn account assumption off or grant it only for a limited period (a day or"
  .. " a week) when Zendesk Support needs it; avoid \"always\"."
question = "Confirm that this holds for the account: Decide whether Zendesk support staff may enter "
  .. "the instance. Keep as evidence: Security settings assumable, assumption_duration "
  .. "(off/day/week/month/year/always), assumption_expiration."
uses = { "security_settings" }
