-- SPDX-License-Identifier: MIT
-- ZD.MSG.7.1: JWT signing keys: one per channel, named, not shared, rotated.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.7.1"
title = "JWT signing keys: one per channel, named, not shared, rotated"
seed_ref = "III.7.a"
product = "Messaging (end-user authentication signing keys)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "When signed JWTs are used, the subscriber must: (i) use a separate signing key for each "
  .. "authenticated channel, with a descriptive name (ii) never share signing keys with third "
  .. "parties, except where reasonably necessary, and then only over an end-to-end encrypted "
  .. "transfer; (iii) rotate a key immediately if it was shared with a third party and the "
  .. "subscriber learns of a data breach at that third party; (iv) rotate keys frequently, at "
  .. "least as often as its organisational policy requires."
evidence = "The messaging signing-key list in Admin Center (end-user authentication): name, key ID, "
  .. "creation date, one per channel. Rotation log and a register of sharing."
remediation = "In Admin Center > Account > Security > End user authentication > Messaging, use one "
  .. "named signing key per channel, keep keys in a secrets vault, never share them, and "
  .. "rotate them on schedule and after any exposure."
question = "In Admin Center > Account > Security > End user authentication > Messaging, export the"
  .. " signing keys (name, key ID, created date) and show one descriptively named key per"
  .. " authenticated channel, the register of any third party holding a key (with the encrypted"
  .. " transfer used), and the rotation log against the rotation policy."
