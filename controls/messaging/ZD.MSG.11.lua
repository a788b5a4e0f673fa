-- SPDX-License-Identifier: MIT
-- ZD.MSG.11: Side conversations (same text as ZD.ADDON.1).
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.11"
title = "Side conversations (same text as ZD.ADDON.1)"
seed_ref = "III.11"
product = "Support / Collaboration add-on (side conversations)"
kind = "content"
responsible = "subscriber"
exception = "explicit"
alternative = "As ZD.ADDON.1: record that the subscriber bears all liability for PHI in side "
  .. "conversations."
automation = "partial"
same_as = "ZD.ADDON.1"
description = "Identical to ZD.ADDON.1, which is canonical. It appears in the seed both under Messaging"
  .. " and under Add-ons. Evaluate once and report the same result under both IDs."
evidence = "As ZD.ADDON.1."
remediation = "See ZD.ADDON.1."
question = "Same requirement as ZD.ADDON.1, answered once there: list the side-conversation "
  .. "channels that are on (Admin Center > Objects and rules > Tickets > Settings > Side "
  .. "conversations) and the roles that may create them, and keep either the no-PHI rule given to "
  .. "agents, with how it is monitored, or the signed acceptance of liability for PHI in side "
  .. "conversations."
