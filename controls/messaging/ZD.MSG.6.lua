-- SPDX-License-Identifier: MIT
-- ZD.MSG.6: Persistent Web Widget conversations are off, or devices are not shared.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MSG.6"
title = "Persistent Web Widget conversations are off, or devices are not shared"
seed_ref = "III.6"
product = "Messaging (Web Widget)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep persistent conversations and make sure end users do not share devices (documented)."
automation = "manual"
description = "By default, Web Widget conversations persist. An end user who returns to web chat on the"
  .. " same device sees the earlier conversation. The subscriber takes full responsibility for"
  .. " either turning this off or making sure end users do not share devices."
evidence = "The Web Widget's persistence or cookie configuration (for example the messenger cookie "
  .. "setting in the widget's JavaScript API; verify). Or a documented control, such as "
  .. "authenticated-only use with sign-out on session end."
remediation = "Turn off conversation persistence in the Web Widget (Admin Center > Channels > Messaging"
  .. " and social > Messaging > Web Widget), or document that end users do not share devices."
question = "In Admin Center > Channels > Messaging and social > Messaging, open each Web Widget and"
  .. " confirm conversation persistence is off (or the widget clears the session on sign-out, e.g."
  .. " zE('messenger', 'logoutUser')); otherwise show the documented control that end users do not"
  .. " share devices. Keep screenshots or the embed code and the control."
