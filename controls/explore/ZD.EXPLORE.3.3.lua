-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.3.3: Dashboards shared by link are password-protected, and the passwords are managed and rotated.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.3.3"
title = "Dashboards shared by link are password-protected, and the passwords are managed and "
  .. "rotated"
seed_ref = "VI (Explore Enterprise) item 3"
product = "Explore Enterprise (share by URL)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "When a dashboard is shared by URL (an access link rather than named user or group "
  .. "accounts), the subscriber: (i) turns on password protection (ii) makes sure the chosen "
  .. "password's complexity and rotation, the way it is stored, and the way it reaches "
  .. "recipients all follow the subscriber's password policy for the data in the dashboard; "
  .. "(iii) rotates the password without undue delay whenever disclosure is suspected or "
  .. "confirmed."
evidence = "A list of link-shared dashboards, each with password protection on. Password-handling "
  .. "and rotation records."
remediation = "Password-protect every dashboard shared by link, keep the passwords in a vault, share "
  .. "them over a separate channel and rotate them."
question = "Confirm that this holds for the account: Dashboards shared by link are "
  .. "password-protected, and the passwords are managed and rotated. Keep as evidence: A list "
  .. "of link-shared dashboards, each with password protection on. Password-handling and "
  .. "rotation records."
