-- SPDX-License-Identifier: MIT
-- ZD.SUP.10.2: If text messaging is used, the subscriber takes full responsibility.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.10.2"
title = "If text messaging is used, the subscriber takes full responsibility"
seed_ref = "I.10.b"
product = "Support / Talk / text channels"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "If SMS text messaging is used, the subscriber accepts full responsibility for its use, "
  .. "including any PHI sent. Since 2019-11-06 the history frames this as responsibility for "
  .. "making sure SMS messages carry no PHI."
evidence = "Exception-register entry naming the SMS feature, the PHI policy and the approver."
remediation = "Record in the exception register which SMS feature is used, the rule that SMS carries no"
  .. " PHI, and the approver."
question = "If an SMS feature is used, confirm the exception register has an entry naming it (Talk "
  .. "text, text notifications, SMS messaging channel), the rule that SMS carries no PHI, the "
  .. "approver and the date. Keep the entry; if no SMS feature is used, record that instead "
  .. "(ZD.SUP.10.1)."
